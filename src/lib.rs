//! Back Check: a client-only questionnaire for runners with lower back pain.
//!
//! `assessment` is plain Rust (no web dependency) and holds every question,
//! rule and piece of advice; `ui` renders it with Yew.
pub mod assessment;
pub mod storage;
pub mod ui;

// lol_alloc's free-list allocator instead of the default dlmalloc, for both
// modules (docs/decisions.md): this app allocates little and briefly. The
// page is single-threaded, which `AssumeSingleThreaded` relies on.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without threads runs one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
