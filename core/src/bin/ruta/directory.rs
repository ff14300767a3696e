//! `ruta nearest`, `ruta data-check`, `ruta import` and `ruta bench-nearest`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use ruta_core::config::Ubigeo;
use ruta_core::directory::{self, CemSetting, Directory, Hit, Kind, KindFilter, Sources, BUNDLED_TEXT};
use ruta_core::geo::LatLon;

/// Reads `--name value` pairs; a flag given twice or without a value is an error.
fn options<'a>(args: &'a [String], known: &[&str]) -> Result<Vec<(&'a str, &'a str)>, String> {
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

fn get<'a>(opts: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    opts.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
}

fn number(opts: &[(&str, &str)], name: &str) -> Result<Option<f64>, String> {
    get(opts, name).map(|v| v.parse::<f64>().map_err(|_| format!("{name} {v:?} is not a number"))).transpose()
}

/// A JSON string literal.
fn json_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn hit_json(dir: &Directory<'_>, hit: &Hit<'_>) -> String {
    let s = hit.service;
    let district = dir.district(s.ubigeo).map(|d| d.name).unwrap_or("");
    let phones: Vec<String> = s
        .phones()
        .map(|p| {
            let tel = p.tel_href().map(|t| json_str(&t)).unwrap_or_else(|| "null".into());
            format!("{{\"display\": {}, \"tel\": {tel}}}", json_str(&p.display()))
        })
        .collect();
    let mut out = format!(
        "  {{\"name\": {}, \"kind\": {}, \"ubigeo\": {}, \"district\": {}, \"lat\": {:.5}, \"lon\": {:.5}, \"km\": {:.2}, \"phones\": [{}], \"address\": {}, \"approximate\": {}, \"data_year\": {}",
        json_str(s.name),
        json_str(s.kind.family()),
        json_str(&s.ubigeo.code()),
        json_str(district),
        s.location.lat,
        s.location.lon,
        hit.km,
        phones.join(", "),
        json_str(s.address),
        s.approximate,
        s.kind.data_year(),
    );
    if let Kind::Cem(setting) = s.kind {
        let setting = match setting {
            CemSetting::Regular => "regular",
            CemSetting::Comisaria => "comisaria",
            CemSetting::ComisariaFamilia => "comisaria_familia",
            CemSetting::Other => "otro",
        };
        write!(out, ", \"cem_setting\": \"{setting}\", \"inside_comisaria\": {}", s.kind.inside_comisaria()).unwrap();
    }
    if let Some(cem) = s.cem_inside.and_then(|id| dir.service(id)) {
        write!(out, ", \"cem_inside\": {}", json_str(cem.name)).unwrap();
    }
    out.push('}');
    out
}

pub fn nearest(args: &[String]) -> Result<(), String> {
    let opts = options(args, &["--lat", "--lon", "--ubigeo", "--kind", "--limit"])?;
    let kind = get(&opts, "--kind").unwrap_or("any");
    let filter = KindFilter::parse(kind).ok_or_else(|| format!("--kind {kind:?}: use cem, police, sau, sar or any"))?;
    let limit = match get(&opts, "--limit") {
        Some(v) => v.parse::<usize>().map_err(|_| format!("--limit {v:?} is not a whole number"))?,
        None => 5,
    };
    let dir = Directory::bundled();
    let (from, origin) = match (get(&opts, "--ubigeo"), number(&opts, "--lat")?, number(&opts, "--lon")?) {
        (Some(code), None, None) => {
            let ubigeo =
                Ubigeo::parse(code).ok_or_else(|| format!("--ubigeo {code:?} is not a six-digit district code"))?;
            let capital = dir.capital_of(ubigeo).map_err(|e| e.to_string())?;
            let level = format!("{:?}", capital.level).to_lowercase();
            (capital.at, format!("{{\"ubigeo\": {}, \"capital_of\": {}}}", json_str(code), json_str(&level)))
        }
        (None, Some(lat), Some(lon)) => (LatLon::new(lat, lon), "null".to_owned()),
        _ => return Err("give either --lat and --lon, or --ubigeo".into()),
    };
    if !from.in_peru() {
        eprintln!("warning: {}, {} is outside Peru", from.lat, from.lon);
    }
    let hits = dir.nearest(from, filter, limit);
    let results: Vec<String> = hits.iter().map(|h| hit_json(dir, h)).collect();
    println!(
        "{{\"from\": {{\"lat\": {:.5}, \"lon\": {:.5}, \"district\": {origin}}},\n\"results\": [\n{}\n]}}",
        from.lat,
        from.lon,
        results.join(",\n")
    );
    Ok(())
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
