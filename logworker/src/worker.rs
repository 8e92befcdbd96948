//! The worker's side of the messages: files in, JSON out.
use crate::convert::log_files;
use backcheck::assessment::date::Date;
use backcheck::assessment::logread::{FromWorker, Progress, READY};
use backcheck::assessment::logtext;
use backcheck::assessment::text::Lang;
use std::io::{Read, Seek, SeekFrom};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, DedicatedWorkerGlobalScope, File, FileReaderSync, MessageEvent};

/// Progress messages at most this often (ms): the page re-renders on each.
const PROGRESS_EVERY_MS: f64 = 100.0;
/// Bytes read from a file at a time when it is read piece by piece (archives).
const CHUNK: u64 = 4 << 20;

pub fn start() {
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| read_all(e.data()));
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    let _ = scope().post_message(&JsValue::from_str(READY));
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(msg: &FromWorker) {
    if let Ok(json) = serde_json::to_string(msg) {
        let _ = scope().post_message(&JsValue::from_str(&json));
    }
}

/// The device's UTC offset (minutes east) at a UTC instant: the zone for
/// logs that give UTC only.
fn zone(utc: i64) -> i32 {
    let date = js_sys::Date::new(&JsValue::from_f64(utc as f64 * 1000.0));
    -(date.get_timezone_offset() as i32)
}

/// `data`: `[onset (YYYY-MM-DD or ""), language code, File…]`.
fn read_all(data: JsValue) {
    let data = js_sys::Array::from(&data);
    let onset = data.get(0).as_string().and_then(|s| Date::parse_iso(&s));
    let lang = data
        .get(1)
        .as_string()
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or_default();
    let files: Vec<File> = data
        .iter()
        .skip(2)
        .filter_map(|v| v.dyn_into::<File>().ok())
        .collect();
    let Ok(sync) = FileReaderSync::new() else {
        return;
    };
    let mut progress = Progress {
        files_total: files.len() as u32,
        bytes_total: files.iter().map(|f| f.size() as u64).sum(),
        ..Progress::default()
    };
    let mut last_post = f64::NEG_INFINITY;
    let mut tell = |p: Progress, force: bool| {
        let now = js_sys::Date::now();
        if force || now - last_post >= PROGRESS_EVERY_MS {
            last_post = now;
            post(&FromWorker {
                progress: p,
                done: None,
            });
        }
    };
    tell(progress, true);
    let zone_fn = zone;
    let mut reader = logreader::Reader::new(&zone_fn);
    for file in &files {
        let size = file.size() as u64;
        let source = BlobReader::new(file, &sync);
        let done_before = progress.bytes_done;
        reader.read(&file.name(), size, source, &mut |bytes| {
            let p = Progress {
                bytes_done: done_before + bytes.min(size),
                ..progress
            };
            tell(p, false);
        });
        progress.files_done += 1;
        progress.bytes_done = done_before + size;
        tell(progress, false);
    }
    tell(progress, true);
    let done = logtext::done(&log_files(reader.finish()), onset, lang);
    post(&FromWorker {
        progress,
        done: Some(done),
    });
}

/// A `File` read in pieces through `FileReaderSync` (a worker may block): an
/// archive is never read whole into memory.
struct BlobReader<'a> {
    blob: &'a Blob,
    sync: &'a FileReaderSync,
    len: u64,
    pos: u64,
    buf: Vec<u8>,
    buf_at: u64,
}

impl<'a> BlobReader<'a> {
    fn new(blob: &'a Blob, sync: &'a FileReaderSync) -> Self {
        BlobReader {
            blob,
            sync,
            len: blob.size() as u64,
            pos: 0,
            buf: Vec::new(),
            buf_at: 0,
        }
    }

    fn fill(&mut self) -> std::io::Result<()> {
        let end = (self.pos + CHUNK).min(self.len);
        let slice = self
            .blob
            .slice_with_f64_and_f64(self.pos as f64, end as f64)
            .map_err(|_| std::io::Error::other("slice"))?;
        let buf = self
            .sync
            .read_as_array_buffer(&slice)
            .map_err(|_| std::io::Error::other("read"))?;
        self.buf = js_sys::Uint8Array::new(&buf).to_vec();
        self.buf_at = self.pos;
        Ok(())
    }
}

impl Read for BlobReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos >= self.len || out.is_empty() {
            return Ok(0);
        }
        let in_buf = self.pos >= self.buf_at && self.pos < self.buf_at + self.buf.len() as u64;
        if !in_buf {
            self.fill()?;
        }
        let from = (self.pos - self.buf_at) as usize;
        let n = out.len().min(self.buf.len() - from);
        out[..n].copy_from_slice(&self.buf[from..from + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for BlobReader<'_> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| std::io::Error::other("seek before the start"))?;
        Ok(self.pos)
    }
}
