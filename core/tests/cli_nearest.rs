//! `ruta nearest` as an auditor runs it: the real binary, its exact layout (one result a
//! line, fixed decimals) and the same answers as the library.

use std::process::Command;

use ruta_core::config::Ubigeo;
use ruta_core::directory::{Directory, Kind, KindFilter};
use ruta_core::geo::LatLon;
use serde_json::Value;

fn nearest(args: &[&str]) -> String {
    let out =
        Command::new(env!("CARGO_BIN_EXE_ruta")).arg("nearest").args(args).output().expect("the ruta binary runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The text of a number field, as printed.
fn raw<'a>(line: &'a str, key: &str) -> &'a str {
    let start = line.find(&format!("\"{key}\": ")).unwrap_or_else(|| panic!("{key} in {line}")) + key.len() + 4;
    let rest = &line[start..];
    &rest[..rest.find([',', '}']).unwrap()]
}

#[test]
fn one_result_a_line_with_five_decimals_for_points_and_two_for_km() {
    let dir = Directory::bundled();
    // 150144 has no capital point: the search starts from its province's.
    let out = nearest(&["--ubigeo", "150144", "--kind", "cem", "--limit", "3"]);
    let (capital, hits) = dir.nearest_to_district(Ubigeo::parse("150144").unwrap(), KindFilter::Cem, 3).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3 + 3, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "{{\"from\": {{\"lat\": {:.5}, \"lon\": {:.5}, \"district\": {{\"ubigeo\": \"150144\", \"capital_of\": \"province\"}}}},",
            capital.at.lat, capital.at.lon
        )
    );
    assert_eq!(lines[1], "\"results\": [");
    assert_eq!(lines[5], "]}");
    for (i, (line, hit)) in lines[2..5].iter().zip(&hits).enumerate() {
        let object = line.strip_prefix("  ").unwrap().strip_suffix(if i < 2 { "," } else { "" }).unwrap();
        let place: Value = serde_json::from_str(object).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert_eq!(place["name"], hit.service.name);
        assert_eq!(place["kind"], "cem");
        assert_eq!(place["ubigeo"], hit.service.ubigeo.code());
        assert_eq!(raw(line, "lat"), format!("{:.5}", hit.service.location.lat), "{line}");
        assert_eq!(raw(line, "lon"), format!("{:.5}", hit.service.location.lon), "{line}");
        assert_eq!(raw(line, "km"), format!("{:.2}", hit.km), "{line}");
        assert!(line.starts_with("  {\"name\": "), "\", \" and \": \" between items: {line}");
        assert_eq!(place["inside_comisaria"], hit.service.kind.inside_comisaria(), "{line}");
        assert!(place["cem_setting"].is_string(), "{line}");
    }
    let whole: Value = serde_json::from_str(&out).expect("the whole output is one JSON document");
    assert_eq!(whole["results"].as_array().unwrap().len(), 3);
}

#[test]
fn a_point_search_has_no_district_and_no_result_gives_an_empty_list() {
    assert_eq!(
        nearest(&["--lat", "-12.07", "--lon", "-77.03", "--limit", "0"]),
        "{\"from\": {\"lat\": -12.07000, \"lon\": -77.03000, \"district\": null},\n\"results\": [\n\n]}\n"
    );
}

#[test]
fn a_station_names_the_cem_inside_it_and_only_a_cem_has_a_setting() {
    let dir = Directory::bundled();
    let station = dir.services().iter().find(|s| s.cem_inside.is_some()).expect("a station with a CEM inside");
    let cem = dir.service(station.cem_inside.unwrap()).unwrap();
    let (lat, lon) = (format!("{:.6}", station.location.lat), format!("{:.6}", station.location.lon));
    let out = nearest(&["--lat", &lat, "--lon", &lon, "--kind", "police", "--limit", "1"]);
    let place = &serde_json::from_str::<Value>(&out).unwrap()["results"][0];
    assert_eq!(place["cem_inside"], cem.name, "{out}");
    assert_eq!(place["kind"], "police");
    assert!(place.get("cem_setting").is_none() && place.get("inside_comisaria").is_none(), "{out}");
    assert_eq!(place["data_year"], 2017);
    // And the phones: each with its display text, and a tel: link or null.
    let near = LatLon::new(-12.07, -77.03);
    let hit = dir.nearest(near, KindFilter::Sau, 1).remove(0);
    assert_eq!(hit.service.kind, Kind::Sau);
    let out = nearest(&["--lat", "-12.07", "--lon", "-77.03", "--kind", "sau", "--limit", "1"]);
    let phones = &serde_json::from_str::<Value>(&out).unwrap()["results"][0]["phones"];
    let want: Vec<Value> =
        hit.service.phones().map(|p| serde_json::json!({"display": p.display(), "tel": p.tel_href()})).collect();
    assert_eq!(phones.as_array().unwrap(), &want, "{out}");
}
