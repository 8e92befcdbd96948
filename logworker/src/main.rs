//! Back Check's log worker: reads the files the page posts (an array of
//! `File`s) with `logreader`, off the main thread, and posts back JSON
//! messages (`assessment::logread::FromWorker`): progress as it goes (files
//! and bytes read, at most every 100 ms), then everything read. The page
//! cancels by terminating the worker.
// Natively only its tests use it (the worker itself is wasm only).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod convert;
#[cfg(target_arch = "wasm32")]
mod worker;

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
