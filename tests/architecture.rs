//! The layout the design card asks for, checked: the assessment core has no
//! web or JSON dependency; no layer has a module cycle; no source file
//! outgrows 500 lines except the content tables.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments (a doc link is no dependency).
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_core_has_no_web_or_json_dependency() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/assessment");
    for file in rust_files(&core) {
        let text = code(&file);
        for banned in [
            "yew",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "gloo",
            "serde_json",
            "crate::storage",
            "crate::ui",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

/// The modules of one layer (`src/<layer>/`, a folder counting as one
/// module) and the modules of the same layer each one uses: by
/// `crate::<layer>::x`, and by `super::x` in a file directly in the layer.
fn layer_deps(layer: &str) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut deps: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in rust_files(&dir) {
        let rel = file.strip_prefix(&dir).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let name = top.trim_end_matches(".rs").to_owned();
        if name == "mod" {
            continue; // the top: it may use every module
        }
        let text = code(&file);
        let mut prefixes = vec![format!("crate::{layer}::")];
        if rel.components().count() == 1 {
            prefixes.push("super::".to_owned());
        }
        let used = deps.entry(name.clone()).or_default();
        for prefix in &prefixes {
            for (i, _) in text.match_indices(prefix.as_str()) {
                let m: String = text[i + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !m.is_empty() && m.chars().next().unwrap().is_lowercase() && m != name {
                    used.push(m);
                }
            }
        }
        used.sort();
        used.dedup();
    }
    deps
}

/// Fails on the first cycle among `deps`.
fn assert_no_cycle(deps: &BTreeMap<String, Vec<String>>) {
    fn visit(m: &str, deps: &BTreeMap<String, Vec<String>>, path: &mut Vec<String>) {
        assert!(
            !path.contains(&m.to_owned()),
            "module cycle: {} -> {m}",
            path.join(" -> ")
        );
        path.push(m.to_owned());
        for d in deps.get(m).into_iter().flatten() {
            assert_ne!(d, "mod", "{m} uses the top module");
            if deps.contains_key(d) {
                visit(d, deps, path);
            }
        }
        path.pop();
    }
    for m in deps.keys() {
        visit(m, deps, &mut Vec::new());
    }
}

#[test]
fn the_core_modules_form_no_cycle() {
    let deps = layer_deps("assessment");
    assert!(deps.len() >= 12, "{deps:?}");
    assert_no_cycle(&deps);
}

#[test]
fn the_ui_modules_form_no_cycle() {
    let deps = layer_deps("ui");
    assert!(deps["app"].contains(&"modules".to_owned()), "{deps:?}");
    assert_no_cycle(&deps);
}

#[test]
fn the_storage_modules_form_no_cycle() {
    let deps = layer_deps("storage");
    assert!(deps.len() >= 5, "{deps:?}");
    assert_no_cycle(&deps);
}

#[test]
fn no_source_file_outgrows_500_lines_but_the_content_tables() {
    // Content tables: wording in both languages, read as plain data.
    const TABLES: &[&str] = &[
        "assessment/questions.rs",
        "assessment/rules.rs",
        "assessment/plan.rs",
        "ui/texts.rs",
    ];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for file in rust_files(&src) {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        if !TABLES.contains(&rel.as_str()) {
            assert!(lines <= 500, "{rel} has {lines} lines");
        }
    }
}

/// Every function in `file` with its first and last line.
fn functions(file: &Path) -> Vec<(String, usize, usize)> {
    use syn::spanned::Spanned;
    use syn::visit::Visit;
    struct Fns(Vec<(String, usize, usize)>);
    impl<'a> Visit<'a> for Fns {
        fn visit_item_fn(&mut self, f: &'a syn::ItemFn) {
            let span = f.span();
            self.0
                .push((f.sig.ident.to_string(), span.start().line, span.end().line));
            syn::visit::visit_item_fn(self, f);
        }
        fn visit_impl_item_fn(&mut self, f: &'a syn::ImplItemFn) {
            let span = f.span();
            self.0
                .push((f.sig.ident.to_string(), span.start().line, span.end().line));
            syn::visit::visit_impl_item_fn(self, f);
        }
    }
    let text = std::fs::read_to_string(file).unwrap();
    let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut fns = Fns(Vec::new());
    fns.visit_file(&ast);
    fns.0
}

#[test]
fn no_ui_function_is_over_80_lines() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut long = Vec::new();
    for file in rust_files(&ui) {
        for (name, first, last) in functions(&file) {
            let lines = last - first + 1;
            if lines > 80 {
                long.push(format!("{}: {name} has {lines} lines", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
    // The check reads functions at all: the app's root is one.
    let app = functions(&ui.join("app.rs"));
    assert!(app.iter().any(|(name, ..)| name == "App"), "{app:?}");
}

#[test]
fn components_never_import_pages() {
    let components = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/components");
    let files = rust_files(&components);
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let text = code(&file);
        for banned in ["ui::pages", "super::pages", "super::super::pages"] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

#[test]
fn storage_keeps_what_it_is_given_and_never_runs_the_assessment() {
    let storage = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/storage");
    let files = rust_files(&storage);
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        let text = code(&file);
        for banned in [
            "assess(",
            "Outcome::of",
            "findings(",
            "care_level(",
            "care_reasons(",
            "next_step",
            "build_plan",
            "crate::ui",
            "yew",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}
