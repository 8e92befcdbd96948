//! Files in and out: downloads made in the page, reading a chosen file, and
//! the calendar file of the "Remind me" button.
use crate::assessment::date::Date;
use crate::assessment::text::Lang;
use crate::storage::CheckId;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), ()> {
    download_js(name, mime, &content.into())
}

/// Offers a JavaScript string as a file, exactly as it is (a value read
/// from storage may hold what a Rust string cannot).
pub fn download_js(name: &str, mime: &str, content: &JsValue) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let document = window.document().ok_or(())?;
    let parts = js_sys::Array::of1(content);
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

/// The "Remind me" calendar file: an all-day event on the re-check `date`
/// of check `id`; `url` opens the re-check (the app's address with
/// `#/recheck`).
pub fn reminder_ics(date: Date, id: CheckId, lang: Lang, url: &str) -> String {
    let (y, m, d) = date.ymd();
    let next = date.add_days(1).ymd();
    let (summary, description) = match lang {
        Lang::En => (
            "Back Check: re-check your back",
            "Does your lower back still hurt? Pain for more than 10 days should be seen by a doctor. Open Back Check to check again.",
        ),
        Lang::De => (
            "Back Check: Rücken erneut prüfen",
            "Tut dein unterer Rücken noch weh? Schmerzen über mehr als 10 Tage sollten ärztlich untersucht werden. Öffne Back Check und prüfe erneut.",
        ),
    };
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Back Check//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        &format!("UID:{id}-recheck@backcheck"),
        &format!("DTSTAMP:{y:04}{m:02}{d:02}T000000Z"),
        &format!("DTSTART;VALUE=DATE:{y:04}{m:02}{d:02}"),
        &format!("DTEND;VALUE=DATE:{:04}{:02}{:02}", next.0, next.1, next.2),
        &format!("SUMMARY:{summary}"),
        &format!("DESCRIPTION:{} {url}", description.replace(',', "\\,")),
        &format!("URL:{url}"),
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    .join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reminder_is_an_all_day_event_on_the_recheck_date() {
        let ics = reminder_ics(
            Date::from_ymd(2026, 12, 31).unwrap(),
            "1795000000000179".parse().unwrap(),
            Lang::De,
            "https://example.org/backcheck/#/recheck",
        );
        assert!(ics.contains("URL:https://example.org/backcheck/#/recheck\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("UID:1795000000000179-recheck@backcheck\r\n"));
        assert!(ics.contains("SUMMARY:Back Check: Rücken erneut prüfen\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // Every line ends in CRLF.
        assert!(!ics.replace("\r\n", "").contains('\n'));
        assert!(ics.contains("Tage sollten ärztlich untersucht werden. Öffne Back Check"));
    }
}
