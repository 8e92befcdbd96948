//! Times the reader natively (release build): 1,000 run files (the season
//! fixtures over and over: FIT, gzipped FIT, GPX, TCX), and a Strava-style
//! archive of about 100 MB (activities.csv and activity files). Prints figures;
//! not a test. Usage: cargo run --release -p logreader --example bench [dir]
//! (dir: also write the files and the archive there, for the worker bench).
use std::io::Write;
use std::path::Path;
use std::time::Instant;

fn main() {
    let out = std::env::args().nth(1);
    let season = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/logs/season");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&season)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".csv"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    let thousand: Vec<(String, Vec<u8>)> = (0..1000)
        .map(|i| {
            let (name, bytes) = &files[i % files.len()];
            (format!("{i:04}-{name}"), bytes.clone())
        })
        .collect();
    let bytes: usize = thousand.iter().map(|(_, b)| b.len()).sum();
    let t = Instant::now();
    let mut r = logreader::Reader::new(&|_| 60);
    for (name, b) in &thousand {
        r.read_bytes(name, b);
    }
    let log = r.finish();
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "bench-logs: native: 1000 files ({:.1} MB): {ms:.0} ms ({} runs, {} duplicates, {} left out)",
        bytes as f64 / 1048576.0,
        log.runs.len(),
        log.duplicates,
        log.left_out.total()
    );

    // About 100 MB: the activity files again and again under activities/,
    // gzipped and stored as Strava ships them.
    let gz: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(name, b)| {
            if name.ends_with(".gz") {
                return (name.clone(), b.clone());
            }
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(b).unwrap();
            (format!("{name}.gz"), e.finish().unwrap())
        })
        .collect();
    let csv = std::fs::read(season.join("activities.csv")).unwrap();
    let mut zip_bytes = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut zip_bytes);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("activities.csv", opts).unwrap();
        zip.write_all(&csv).unwrap();
        let mut i = 0;
        while zip.get_ref().map_or(0, |c| c.get_ref().len()) < 100 << 20 {
            let (name, b) = &gz[i % gz.len()];
            zip.start_file(format!("activities/{i:05}-{name}"), opts)
                .unwrap();
            zip.write_all(b).unwrap();
            i += 1;
        }
        zip.finish().unwrap();
    }
    let zip = zip_bytes.into_inner();
    let t = Instant::now();
    let mut r = logreader::Reader::new(&|_| 60);
    r.read(
        "export.zip",
        zip.len() as u64,
        std::io::Cursor::new(&zip),
        &mut |_| {},
    );
    let log = r.finish();
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "bench-logs: native: archive of {:.1} MB ({} activity files): {ms:.0} ms ({} runs once, {} duplicates)",
        zip.len() as f64 / 1048576.0,
        log.files,
        log.runs.len(),
        log.duplicates
    );
    if let Some(dir) = out {
        let dir = Path::new(&dir);
        std::fs::create_dir_all(dir.join("thousand")).unwrap();
        for (name, b) in &thousand {
            std::fs::write(dir.join("thousand").join(name), b).unwrap();
        }
        std::fs::write(dir.join("export.zip"), &zip).unwrap();
    }
}
