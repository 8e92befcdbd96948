//! The browser's localStorage as a `Backend`: it passes each call on, and
//! turns a missing, blocked or full storage into an error value, never a
//! panic. Every rule about what is read and written is in `store`.
use super::backend::Backend;
use super::keys::{DRAFT_KEY, DRAFT_PREFIX};
use super::records::StoreError;
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A `Storage` whose values are passed as JavaScript strings, exactly
    /// as the browser holds them (web-sys converts them to Rust strings).
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_raw(this: &RawStorage, key: &str) -> Result<Option<JsString>, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_raw(this: &RawStorage, key: &str, value: &JsString) -> Result<(), JsValue>;
}

/// A value as localStorage holds it.
pub type Raw = JsString;

/// This page's localStorage.
pub struct Local(web_sys::Storage);

impl Local {
    /// The page's localStorage; `Blocked` when the browser gives none (a
    /// setting, a private window, a sandboxed frame).
    pub fn open() -> Result<Local, StoreError> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .map(Local)
            .ok_or(StoreError::Blocked)
    }

    /// Whether something can be written now: a small value under its own
    /// key, written and removed again.
    pub fn probe(&self) -> Result<(), StoreError> {
        const PROBE: &str = "backcheck.probe";
        self.set_text(PROBE, "1")?;
        self.remove(PROBE)
    }
}

/// Why the browser refused: a full storage says `QuotaExceededError`;
/// anything else (`SecurityError`, …) means it is not allowed.
fn refused(e: JsValue) -> StoreError {
    let name = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        _ => StoreError::Blocked,
    }
}

impl Backend for Local {
    type Raw = Raw;

    fn keys(&self) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }

    fn get(&self, key: &str) -> Result<Option<Raw>, StoreError> {
        self.0
            .unchecked_ref::<RawStorage>()
            .get_raw(key)
            .map_err(refused)
    }

    fn text(raw: &Raw) -> String {
        raw.as_string().unwrap_or_default()
    }

    fn set(&self, key: &str, raw: &Raw) -> Result<(), StoreError> {
        self.0
            .unchecked_ref::<RawStorage>()
            .set_raw(key, raw)
            .map_err(refused)
    }

    fn set_text(&self, key: &str, text: &str) -> Result<(), StoreError> {
        self.0.set_item(key, text).map_err(refused)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(refused)
    }
}

/// This tab's id, kept in sessionStorage: the same across reloads of this
/// tab, new in every other tab.
fn tab_id() -> Option<String> {
    const TAB_KEY: &str = "backcheck.tab";
    let session = web_sys::window()?.session_storage().ok()??;
    if let Ok(Some(id)) = session.get_item(TAB_KEY) {
        return Some(id);
    }
    let id = format!("{:x}", (js_sys::Math::random() * 1e15) as u64);
    session.set_item(TAB_KEY, &id).ok()?;
    Some(id)
}

/// This tab's draft key, or the shared one where sessionStorage is missing.
pub fn own_draft_key() -> String {
    tab_id().map_or_else(|| DRAFT_KEY.to_owned(), |t| format!("{DRAFT_PREFIX}{t}"))
}

/// The copies of unreadable data as one file: a single copy as it was
/// stored, several as a JSON list of them (made by the browser, so nothing
/// of them is lost on the way). `None`: there are none.
pub fn kept_file(values: &[(String, Raw)]) -> Option<JsValue> {
    match values {
        [] => None,
        [(_, one)] => Some(one.clone().into()),
        many => {
            let list: js_sys::Array = many.iter().map(|(_, v)| JsValue::from(v)).collect();
            js_sys::JSON::stringify(&list).ok().map(Into::into)
        }
    }
}
