//! Files in and out: downloads made in the page, and reading a chosen file.
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let document = window.document().ok_or(())?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| ())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Calls `done` once `promise` settles: `Ok` with its value, `Err` with the
/// reason it was rejected. A callback, not a future: the app then needs no
/// async executor (wasm-bindgen-futures' queue and tasks).
pub fn when_settled(
    promise: &js_sys::Promise,
    done: impl FnOnce(Result<JsValue, JsValue>) + 'static,
) {
    let done = Rc::new(Cell::new(Some(done)));
    let settle = |ok: bool| {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |v: JsValue| {
            if let Some(done) = done.take() {
                done(if ok { Ok(v) } else { Err(v) });
            }
        })
    };
    let (fulfilled, rejected) = (settle(true), settle(false));
    let _ = promise.then2(&fulfilled, &rejected);
    // The promise holds both functions now; the browser frees them, and
    // wasm-bindgen their Rust side, once it no longer needs them.
    let _ = (fulfilled.into_js_value(), rejected.into_js_value());
}

/// Calls `done` with the bytes of a file the user picked, unless it is
/// larger than `max`.
pub fn read_file(
    file: web_sys::File,
    max: usize,
    done: impl FnOnce(Result<Vec<u8>, ReadError>) + 'static,
) {
    if file.size() > max as f64 {
        return done(Err(ReadError::TooLarge));
    }
    when_settled(&file.array_buffer(), move |buffer| {
        done(
            buffer
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .map_err(|_| ReadError::Unreadable),
        )
    });
}

pub enum ReadError {
    TooLarge,
    Unreadable,
}
