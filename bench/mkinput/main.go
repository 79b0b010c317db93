// Command mkinput writes seeded pseudo-random bytes, the same on every machine,
// as the input of the side-by-side benchmarks.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
)

func main() {
	size := flag.Int("size", 100, "size in MiB")
	out := flag.String("out", "", "file to write")
	seed := flag.Uint64("seed", 1, "seed")
	flag.Parse()
	if *out == "" || *size <= 0 {
		fmt.Fprintln(os.Stderr, "mkinput: want -out FILE and -size MiB > 0")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkinput:", err)
		os.Exit(1)
	}
	var key [32]byte
	key[0] = byte(*seed)
	r := rand.NewChaCha8(key)
	w := bufio.NewWriterSize(f, 1<<20)
	buf := make([]byte, 1<<20)
	for i := 0; i < *size; i++ {
		r.Read(buf)
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "mkinput:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "mkinput:", err)
		os.Exit(1)
	}
}
