package vrm

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
	xdraw "golang.org/x/image/draw"
)

// DownscaleTextures makes every image at most maxSize pixels wide and
// high, keeping its aspect ratio and its format, so the avatar meets a
// platform's maxTextureSize (AVIR-105). Catmull-Rom resampling keeps
// edges sharp where a box filter would blur a texture atlas's seams.
func (a *Avatar) DownscaleTextures(ctx context.Context, maxSize int) (Report, error) {
	var r Report
	if maxSize <= 0 {
		return r, fmt.Errorf("downscale textures: maxSize %d must be positive", maxSize)
	}
	for i, im := range a.Doc.Images {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		cfg, err := a.imageConfig(i)
		if err != nil {
			return r, err
		}
		if cfg.Width <= maxSize && cfg.Height <= maxSize {
			continue
		}
		src, err := a.imageBytes(i)
		if err != nil {
			return r, err
		}
		img, format, err := image.Decode(bytes.NewReader(src))
		if err != nil {
			return r, fmt.Errorf("%w: image %d: %v", ErrMalformed, i, err)
		}
		w, h := fit(cfg.Width, cfg.Height, maxSize)
		dst := image.NewNRGBA(image.Rect(0, 0, w, h))
		xdraw.CatmullRom.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Src, nil)
		var out bytes.Buffer
		mime := "image/png"
		if format == "jpeg" {
			mime = "image/jpeg"
			err = jpeg.Encode(&out, dst, &jpeg.Options{Quality: 90})
		} else {
			err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, dst)
		}
		if err != nil {
			return r, fmt.Errorf("encode image %d: %w", i, err)
		}
		im.BufferView = gltf.Index(modeler.WriteBufferView(a.Doc, gltf.TargetNone, out.Bytes()))
		im.URI, im.MimeType = "", mime
		r.change("image %d %q: %d×%d → %d×%d pixels (%d → %d bytes)", i, im.Name, cfg.Width, cfg.Height, w, h, len(src), out.Len())
	}
	return r, nil
}

// fit scales w×h down so that neither side exceeds limit.
func fit(w, h, limit int) (int, int) {
	if w >= h {
		return limit, max(1, (h*limit+w/2)/w)
	}
	return max(1, (w*limit+h/2)/h), limit
}
