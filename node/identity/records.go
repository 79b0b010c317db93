package identity

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/mifm/mifm/node/store"
)

// Records keeps migrations and pending identity updates in the node store.
type Records struct {
	DB *store.DB
	// locks serialise the state changes of one migration.
	locks store.Locks[string]
}

func migrationKey(role, id string) []byte {
	return []byte(store.IdentityMigrationPrefix + role + "/" + id)
}

// Lock takes a migration's lock: its state changes one at a time.
func (r *Records) Lock(role, id string) func() { return r.locks.Lock(role + "/" + id) }

// Get reads one migration.
func (r *Records) Get(role, id string) (*Migration, error) {
	b, err := r.DB.Get(migrationKey(role, id))
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s (%s)", ErrNoMigration, id, role)
	}
	if err != nil {
		return nil, err
	}
	var m Migration
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read migration %s: %w", id, err)
	}
	return &m, nil
}

// Put writes a migration, stamping its update time; an incoming offer
// waiting for its presentation is indexed by its partner while it waits.
func (r *Records) Put(m *Migration, now time.Time) error {
	m.Updated = now.UTC().Format(time.RFC3339)
	if m.Created == "" {
		m.Created = m.Updated
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	batch := r.DB.NewBatch()
	defer batch.Discard()
	batch.Put(migrationKey(m.Role, m.ID), b)
	if m.Role == RoleIncoming {
		if m.Status == StatusOffered && m.Offer != nil {
			batch.Put(openKey(m.Peer, m.ID), []byte(m.Offer.Expires))
		} else {
			batch.Delete(openKey(m.Peer, m.ID))
		}
	}
	return batch.Commit()
}

func openKey(peer, id string) []byte {
	return []byte(store.IdentityOpenPrefix + peer + "\x00" + id)
}

// List returns a role's migrations (both roles when role is empty), newest
// first, of one holder when holder is set.
func (r *Records) List(role, holder string) ([]Migration, error) {
	prefix := store.IdentityMigrationPrefix
	if role != "" {
		prefix += role + "/"
	}
	var out []Migration
	var bad error
	err := r.DB.Scan([]byte(prefix), nil, func(_, v []byte) bool {
		var m Migration
		if err := json.Unmarshal(v, &m); err != nil {
			bad = err
			return false
		}
		if holder == "" || m.Holder == holder {
			out = append(out, m)
		}
		return true
	})
	if err == nil {
		err = bad
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Created > out[j].Created })
	return out, err
}

// OpenOffers counts a partner's offers that wait for a presentation;
// expired ones are forgotten on the way, their records with them (an offer
// never answered is no migration).
func (r *Records) OpenOffers(peer string, now time.Time) (int, error) {
	n := 0
	var expired [][]byte
	err := r.DB.Scan([]byte(store.IdentityOpenPrefix+peer+"\x00"), nil, func(k, v []byte) bool {
		if t, err := time.Parse(time.RFC3339, string(v)); err == nil && now.Before(t) {
			n++
		} else {
			expired = append(expired, bytes.Clone(k))
		}
		return true
	})
	if err != nil || len(expired) == 0 {
		return n, err
	}
	batch := r.DB.NewBatch()
	defer batch.Discard()
	for _, k := range expired {
		batch.Delete(k)
		_, id, _ := strings.Cut(string(k[len(store.IdentityOpenPrefix):]), "\x00")
		if m, err := r.Get(RoleIncoming, id); err == nil && m.Status == StatusOffered {
			batch.Delete(migrationKey(RoleIncoming, id))
		}
	}
	return n, batch.Commit()
}

// Update is an identity change made on a platform the holder visits,
// waiting for the holder's signature (9.4 steps 5-7).
type Update struct {
	ID      string `json:"id"`
	Holder  string `json:"holder"`
	Subject string `json:"subject"`
	// Document is the version document without its signature.
	Document    json.RawMessage `json:"document"`
	SignRequest any             `json:"signRequest"`
	Created     string          `json:"created"`
}

// PutUpdate stores a pending update; those older than OfferLifetime, never
// signed, are dropped on the way.
func (r *Records) PutUpdate(u *Update, now time.Time) error {
	b, err := json.Marshal(u)
	if err != nil {
		return err
	}
	batch := r.DB.NewBatch()
	defer batch.Discard()
	err = r.DB.Scan([]byte(store.IdentityUpdatePrefix), nil, func(k, v []byte) bool {
		var old Update
		if json.Unmarshal(v, &old) != nil {
			return true
		}
		if t, err := time.Parse(time.RFC3339, old.Created); err != nil || now.Sub(t) > OfferLifetime {
			batch.Delete(bytes.Clone(k))
		}
		return true
	})
	if err != nil {
		return err
	}
	batch.Put([]byte(store.IdentityUpdatePrefix+u.ID), b)
	return batch.Commit()
}

// TakeUpdate reads a pending update; done deletes it once used.
func (r *Records) TakeUpdate(id string) (*Update, func() error, error) {
	key := []byte(store.IdentityUpdatePrefix + id)
	b, err := r.DB.Get(key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, fmt.Errorf("%w: no identity update %s waits for a signature", ErrNoMigration, id)
	}
	if err != nil {
		return nil, nil, err
	}
	var u Update
	if err := json.Unmarshal(b, &u); err != nil {
		return nil, nil, err
	}
	return &u, func() error {
		batch := r.DB.NewBatch()
		batch.Delete(key)
		return batch.Commit()
	}, nil
}
