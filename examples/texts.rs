//! Prints every user-facing text of one language, one per line, as
//! `file:line<TAB>text`: what the spell check (`scripts/spellcheck.sh`)
//! feeds to hunspell. Read from the source itself (`t!` literals and the
//! `match` arms on the language), so a new text is checked without being
//! listed anywhere.
//!
//!     cargo run --example texts -- en
//!     cargo run --example texts -- de
#[path = "../tests/support/source_texts.rs"]
mod source_texts;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_default();
    if lang != "en" && lang != "de" {
        eprintln!("usage: cargo run --example texts -- en|de");
        std::process::exit(2);
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for t in source_texts::all_texts(&src) {
        if t.lang == lang {
            println!(
                "{}:{}\t{}",
                t.file,
                t.line,
                t.text.replace(['\n', '\t'], " ")
            );
        }
    }
}
