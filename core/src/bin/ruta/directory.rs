//! `ruta data-check`, `ruta import` and `ruta bench-nearest`, and the option reader every
//! directory subcommand shares (`ruta nearest` is in `nearest.rs`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use ruta_core::directory::{self, Directory, KindFilter, Sources, BUNDLED_TEXT};
use ruta_core::geo::LatLon;

/// Reads `--name value` pairs; a flag given twice or without a value is an error.
pub fn options<'a>(args: &'a [String], known: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut it = args.iter();
    while let Some(name) = it.next() {
        let name = name.as_str();
        if !known.contains(&name) {
            return Err(format!("unknown option {name} (known: {})", known.join(", ")));
        }
        let value = it.next().ok_or_else(|| format!("{name} needs a value"))?;
        if out.iter().any(|(n, _)| *n == name) {
            return Err(format!("{name} given twice"));
        }
        out.push((name, value.as_str()));
    }
    Ok(out)
}

pub fn get<'a>(opts: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    opts.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

pub fn number(opts: &[(&str, &str)], name: &str) -> Result<Option<f64>, String> {
    get(opts, name).map(|v| v.parse::<f64>().map_err(|_| format!("{name} {v:?} is not a number"))).transpose()
}

pub fn data_check(args: &[String]) -> Result<(), String> {
    // `--file` checks a bundle on disk without rebuilding; by default, the one compiled in.
    let opts = options(args, &["--file"])?;
    let from_disk = get(&opts, "--file")
        .map(|path| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}")))
        .transpose()?;
    let text = from_disk.as_deref().unwrap_or(BUNDLED_TEXT);
    let dir = Directory::parse_bundle(text).map_err(|e| e.to_string())?;
    let c = dir.counts();
    println!("{} is valid:", get(&opts, "--file").unwrap_or(directory::BUNDLE_FILE));
    println!(
        "  {} departments, {} provinces, {} districts ({} without capital coordinates)",
        c.departments, c.provinces, c.districts, c.districts_without_capital
    );
    println!(
        "  {} CEM ({} inside a comisaría), {} SAR, {} SAU, {} police stations ({} with a CEM inside)",
        c.cem, c.cem_inside_comisaria, c.sar, c.sau, c.police, c.police_with_cem_inside
    );
    println!(
        "  {} approximate points ({} placed at the district capital for lack of coordinates)",
        c.approximate, c.at_district_capital
    );
    println!("  {} phone numbers, {} shown as published (not normalised)", c.phones, c.phones_not_normalised);
    for s in dir.services() {
        for p in s.phones().filter(|p| p.tel_href().is_none()) {
            println!(
                "  note: {} ({}): phone {:?} is not normalised and gets no link",
                s.name,
                s.ubigeo.code(),
                p.display()
            );
        }
    }
    Ok(())
}

pub fn import(args: &[String]) -> Result<(), String> {
    let opts = options(args, &["--mimp", "--comisarias", "--ubigeo-dir", "--ubigeo-extra", "--out"])?;
    let need = |name: &str| get(&opts, name).ok_or_else(|| format!("{name} is required"));
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let (mimp, police) = (PathBuf::from(need("--mimp")?), PathBuf::from(need("--comisarias")?));
    let ubigeo_dir = PathBuf::from(need("--ubigeo-dir")?);
    let ubigeo = |level: &str| ubigeo_dir.join(format!("jmcastagnetto_ubigeo_{level}.csv"));
    let extra = get(&opts, "--ubigeo-extra").map(PathBuf::from);
    let texts = [
        read(&mimp)?,
        read(&police)?,
        read(&ubigeo("departamento"))?,
        read(&ubigeo("provincia"))?,
        read(&ubigeo("distrito"))?,
    ];
    let extra_text = extra.as_deref().map(read).transpose()?;
    let names: Vec<String> = [&mimp, &police, &ubigeo("departamento"), &ubigeo("provincia"), &ubigeo("distrito")]
        .iter()
        .map(|p| p.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default())
        .collect();
    let extra_name = extra.as_ref().and_then(|p| p.file_name()).map(|f| f.to_string_lossy().into_owned());
    let sources = Sources {
        mimp: (&names[0], &texts[0]),
        police: (&names[1], &texts[1]),
        departments: (&names[2], &texts[2]),
        provinces: (&names[3], &texts[3]),
        districts: (&names[4], &texts[4]),
        extra_districts: extra_name.as_deref().zip(extra_text.as_deref()),
    };
    let (bundle, report) = directory::import(&sources).map_err(|e| e.to_string())?;
    let out = PathBuf::from(get(&opts, "--out").unwrap_or("data")).join("directory.tsv");
    std::fs::write(&out, &bundle).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), bundle.len());
    for (what, kept, dropped) in &report.rows {
        eprintln!("  {what}: {kept} kept, {dropped} dropped");
    }
    for e in &report.dropped {
        eprintln!("  dropped: {e}");
    }
    for e in &report.notes {
        eprintln!("  note: {e}");
    }
    eprintln!("rebuild the widget, then run `ruta data-check` and `cargo test -p ruta-core`");
    Ok(())
}

/// Prints the time of one nearest query, averaged over many points spread over Peru.
/// A figure to read, not a test: timings on shared machines are too noisy to assert.
pub fn bench_nearest(args: &[String]) -> Result<(), String> {
    let opts = options(args, &["--queries"])?;
    let queries = get(&opts, "--queries")
        .map(|v| v.parse::<usize>().map_err(|_| "--queries is a whole number".to_owned()))
        .transpose()?
        .unwrap_or(20_000);
    let t = Instant::now();
    let dir = Directory::bundled();
    let parse = t.elapsed();
    // A fixed pseudo-random walk over the bounding box, so runs are comparable.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let points: Vec<LatLon> = (0..queries).map(|_| LatLon::new(-18.3 + next() * 18.2, -81.3 + next() * 12.6)).collect();
    for (filter, name) in [(KindFilter::Any, "any"), (KindFilter::Cem, "cem"), (KindFilter::Police, "police")] {
        let mut checksum = 0.0;
        let t = Instant::now();
        for p in &points {
            checksum += dir.nearest(*p, filter, 5).iter().map(|h| h.km).sum::<f64>();
        }
        let per = t.elapsed().as_secs_f64() * 1e6 / queries as f64;
        println!("nearest --kind {name} --limit 5: {per:.2} µs per query over {} places ({queries} queries, checksum {checksum:.0})", dir.services().len());
    }
    let t = Instant::now();
    let mut n = 0;
    for q in ["villa el salv", "san", "ñaña", "lima", "santa rosa"] {
        for _ in 0..1000 {
            n += dir.search_districts(q, 10).len();
        }
    }
    println!("search_districts: {:.2} µs per query ({n} results)", t.elapsed().as_secs_f64() * 1e6 / 5000.0);
    println!("first parse of the bundle ({} bytes): {:.2} ms", BUNDLED_TEXT.len(), parse.as_secs_f64() * 1e3);
    Ok(())
}
