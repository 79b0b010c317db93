package did

import (
	"os"
	"path/filepath"
)

// writeFile writes data to path whole or not at all (a synced temporary
// file moved into place), creating the folder (mode 0700) and the file (mode
// 0600). With replace false an existing file is never overwritten and the
// error is os.ErrExist: a hard link fails when the name is taken.
func writeFile(path string, data []byte, replace bool) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if replace {
		return os.Rename(tmp.Name(), path)
	}
	return os.Link(tmp.Name(), path)
}
