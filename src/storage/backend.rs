//! What Back Check needs of localStorage, so that every rule about what is
//! read, written, moved and kept is plain Rust, tested against `Memory`; the
//! browser's `Local` (in `browser`) only passes the calls on.
use super::records::StoreError;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// A key-value store of strings, like localStorage.
pub trait Backend {
    /// A value exactly as the store holds it. The browser's may hold what
    /// a Rust string cannot (a lone UTF-16 surrogate); copies of unreadable
    /// data are made from this, so they are byte for byte the original.
    type Raw: Clone + PartialEq + std::fmt::Debug;

    /// Every key in the store.
    fn keys(&self) -> Vec<String>;
    fn get(&self, key: &str) -> Result<Option<Self::Raw>, StoreError>;
    /// The raw value as text (lossy where it is not valid UTF-16).
    fn text(raw: &Self::Raw) -> String;
    fn set(&self, key: &str, raw: &Self::Raw) -> Result<(), StoreError>;
    fn set_text(&self, key: &str, text: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;

    fn get_text(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.get(key)?.as_ref().map(Self::text))
    }
}

/// A backend whose keys are listed once and kept up to date with the
/// writes made through it: the start reads them several times, and a
/// browser lists thousands one call at a time.
pub struct Listed<'a, B> {
    b: &'a B,
    keys: std::cell::RefCell<Option<Vec<String>>>,
}

impl<'a, B: Backend> Listed<'a, B> {
    pub fn new(b: &'a B) -> Self {
        Listed {
            b,
            keys: Default::default(),
        }
    }

    fn wrote(&self, key: &str, present: bool) {
        if let Some(keys) = self.keys.borrow_mut().as_mut() {
            keys.retain(|k| k != key);
            if present {
                keys.push(key.to_owned());
            }
        }
    }
}

impl<B: Backend> Backend for Listed<'_, B> {
    type Raw = B::Raw;

    fn keys(&self) -> Vec<String> {
        self.keys
            .borrow_mut()
            .get_or_insert_with(|| self.b.keys())
            .clone()
    }

    fn get(&self, key: &str) -> Result<Option<B::Raw>, StoreError> {
        self.b.get(key)
    }

    fn text(raw: &B::Raw) -> String {
        B::text(raw)
    }

    fn set(&self, key: &str, raw: &B::Raw) -> Result<(), StoreError> {
        self.b.set(key, raw)?;
        self.wrote(key, true);
        Ok(())
    }

    fn set_text(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.b.set_text(key, text)?;
        self.wrote(key, true);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.b.remove(key)?;
        self.wrote(key, false);
        Ok(())
    }
}

/// An in-memory store, for tests: it can be told to refuse writes, as a
/// full or blocked browser storage does, and counts the writes it took.
#[derive(Debug, Default)]
pub struct Memory {
    map: RefCell<BTreeMap<String, String>>,
    refuse: Cell<Option<StoreError>>,
    writes: Cell<usize>,
}

impl Memory {
    pub fn with(entries: impl IntoIterator<Item = (String, String)>) -> Memory {
        let m = Memory::default();
        m.map.borrow_mut().extend(entries);
        m
    }

    /// From now on, every write and removal fails with `e` (`None`: works).
    pub fn refuse(&self, e: Option<StoreError>) {
        self.refuse.set(e);
    }

    /// Everything stored, by key.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }

    /// How many writes and removals succeeded so far.
    pub fn writes(&self) -> usize {
        self.writes.get()
    }

    fn write(&self, f: impl FnOnce(&mut BTreeMap<String, String>)) -> Result<(), StoreError> {
        if let Some(e) = self.refuse.get() {
            return Err(e);
        }
        f(&mut self.map.borrow_mut());
        self.writes.set(self.writes.get() + 1);
        Ok(())
    }
}

impl Backend for Memory {
    type Raw = String;

    fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }

    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn text(raw: &String) -> String {
        raw.clone()
    }

    fn set(&self, key: &str, raw: &String) -> Result<(), StoreError> {
        self.set_text(key, raw)
    }

    fn set_text(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.write(|m| {
            m.insert(key.to_owned(), text.to_owned());
        })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        if !self.map.borrow().contains_key(key) {
            return Ok(());
        }
        self.write(|m| {
            m.remove(key);
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_keys_follow_the_writes_made_through_it() {
        let m = Memory::with([("a".to_owned(), "1".to_owned())]);
        let l = Listed::new(&m);
        assert_eq!(l.keys(), ["a"]);
        l.set_text("b", "2").unwrap();
        l.remove("a").unwrap();
        l.set_text("b", "3").unwrap();
        assert_eq!(l.keys(), ["b"]);
        assert_eq!(m.keys(), ["b"]);
        // A refused write changes nothing.
        m.refuse(Some(StoreError::Full));
        assert!(l.set_text("c", "4").is_err());
        assert_eq!(l.keys(), ["b"]);
    }
}
