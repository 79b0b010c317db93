package vrm

import (
	"fmt"
	"net/http"

	"github.com/qmuntal/gltf"
	"github.com/qmuntal/gltf/modeler"
)

// repack drops accessors and buffer views nothing refers to any more (the
// index buffers a decimation replaced, the images a downscale replaced)
// and copies what is left into one binary buffer, the GLB's BIN chunk.
// Without it a converted avatar would carry its old data along, and its
// bytes before and after would say nothing.
func (a *Avatar) repack() error {
	d := a.Doc
	accMap := make([]int, len(d.Accessors))
	for i := range accMap {
		accMap[i] = -1
	}
	var accs []*gltf.Accessor
	useAcc := func(i *int) {
		if accMap[*i] < 0 {
			accMap[*i] = len(accs)
			accs = append(accs, d.Accessors[*i])
		}
		*i = accMap[*i]
	}
	for _, m := range d.Meshes {
		for _, p := range m.Primitives {
			for _, k := range sortedKeys(p.Attributes) {
				v := p.Attributes[k]
				useAcc(&v)
				p.Attributes[k] = v
			}
			if p.Indices != nil {
				useAcc(p.Indices)
			}
			for _, t := range p.Targets {
				for _, k := range sortedKeys(t) {
					v := t[k]
					useAcc(&v)
					t[k] = v
				}
			}
		}
	}
	for _, s := range d.Skins {
		if s.InverseBindMatrices != nil {
			useAcc(s.InverseBindMatrices)
		}
	}
	for _, an := range d.Animations {
		for _, s := range an.Samplers {
			useAcc(&s.Input)
			useAcc(&s.Output)
		}
	}
	d.Accessors = accs

	viewMap := make([]int, len(d.BufferViews))
	for i := range viewMap {
		viewMap[i] = -1
	}
	var (
		views []*gltf.BufferView
		data  []byte
	)
	var err error
	useView := func(i *int) {
		if viewMap[*i] < 0 {
			old := d.BufferViews[*i]
			b, e := modeler.ReadBufferView(d, old)
			if e != nil && err == nil {
				err = fmt.Errorf("bufferView %d: %w", *i, e)
			}
			for len(data)%4 != 0 {
				data = append(data, 0)
			}
			viewMap[*i] = len(views)
			views = append(views, &gltf.BufferView{
				Buffer: 0, ByteOffset: len(data), ByteLength: len(b),
				ByteStride: old.ByteStride, Target: old.Target, Name: old.Name,
				Extensions: old.Extensions, Extras: old.Extras,
			})
			data = append(data, b...)
		}
		*i = viewMap[*i]
	}
	// A view's target says what it holds; one that held vertices before a
	// conversion may hold matrices after, so targets are set from use.
	target := map[*gltf.Accessor]gltf.Target{}
	for _, m := range d.Meshes {
		for _, p := range m.Primitives {
			for _, i := range p.Attributes {
				target[d.Accessors[i]] = gltf.TargetArrayBuffer
			}
			for _, t := range p.Targets {
				for _, i := range t {
					target[d.Accessors[i]] = gltf.TargetArrayBuffer
				}
			}
			if p.Indices != nil {
				target[d.Accessors[*p.Indices]] = gltf.TargetElementArrayBuffer
			}
		}
	}
	for _, acc := range d.Accessors {
		if acc.BufferView != nil {
			useView(acc.BufferView)
			views[*acc.BufferView].Target = target[acc]
		}
		if s := acc.Sparse; s != nil {
			useView(&s.Indices.BufferView)
			useView(&s.Values.BufferView)
		}
	}
	for i, im := range d.Images {
		if im.BufferView != nil {
			useView(im.BufferView)
			continue
		}
		// A data: URI image moves into the BIN chunk, as GLB writers do.
		b, e := a.imageBytes(i)
		if e != nil {
			return e
		}
		for len(data)%4 != 0 {
			data = append(data, 0)
		}
		im.BufferView = gltf.Index(len(views))
		views = append(views, &gltf.BufferView{Buffer: 0, ByteOffset: len(data), ByteLength: len(b)})
		data = append(data, b...)
		if im.MimeType == "" {
			im.MimeType = http.DetectContentType(b)
		}
		im.URI = ""
	}
	if err != nil {
		return err
	}
	d.BufferViews = views
	if len(data) == 0 {
		d.Buffers = nil
		return nil
	}
	for len(data)%4 != 0 {
		data = append(data, 0)
	}
	d.Buffers = []*gltf.Buffer{{ByteLength: len(data), Data: data}}
	return nil
}
