use super::*;

fn lima() -> LatLon {
    LatLon::new(-12.07, -77.03)
}

fn ubigeo(code: &str) -> Ubigeo {
    Ubigeo::parse(code).expect(code)
}

#[test]
fn bundled_directory_is_valid() {
    // The validator runs on the committed bundle on every `cargo test`: a bad row can
    // never reach the widget, whose `Directory::bundled()` relies on this.
    let dir = Directory::parse(BUNDLED_TEXT).unwrap_or_else(|e| panic!("{e}"));
    let c = dir.counts();
    assert_eq!((c.departments, c.provinces, c.districts), (25, 196, 1893));
    assert_eq!((c.cem, c.sar, c.sau), (436, 68, 8), "every MIMP CEM, SAR and SAU is kept");
    assert_eq!(c.cem_inside_comisaria, 187, "176 comisaría + 11 comisaría de familia");
    assert_eq!(c.police, 1486, "1,495 INEI rows less 3 exact repeats, 5 near-repeats (under 9 m apart, one point at 1e-4 degree) and 1 with half a point");
    assert_eq!(c.phones_not_normalised, 1, "the 10-digit number of SAR Imaza");
    assert!(std::ptr::eq(Directory::bundled(), Directory::bundled()), "parsed once");
    assert_eq!(dir.attribution().len(), 3);
}

#[test]
fn importing_the_copied_sources_reproduces_the_bundle() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sources");
    let read = |name: &str| std::fs::read_to_string(data.join(name)).expect(name);
    let files = [
        "mimp_servicios_violencia_2026.csv",
        "cenacom2017_comisarias_coords.csv",
        "jmcastagnetto_ubigeo_departamento.csv",
        "jmcastagnetto_ubigeo_provincia.csv",
        "jmcastagnetto_ubigeo_distrito.csv",
        "ubigeo_extra.csv",
    ];
    let texts: Vec<String> = files.iter().map(|f| read(f)).collect();
    let sources = Sources {
        mimp: (files[0], &texts[0]),
        police: (files[1], &texts[1]),
        departments: (files[2], &texts[2]),
        provinces: (files[3], &texts[3]),
        districts: (files[4], &texts[4]),
        extra_districts: Some((files[5], &texts[5])),
    };
    let (bundle, report) = import(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        bundle == BUNDLED_TEXT,
        "data/directory.tsv drifted from data/sources: run `ruta import` (see docs/DATA.md)"
    );
    let dropped = |what: &str| report.rows.iter().find(|r| r.0 == what).map(|r| (r.1, r.2));
    assert_eq!(dropped("CAI"), Some((0, 7)));
    assert_eq!(dropped("HRT"), Some((0, 29)));
    assert_eq!(dropped("police"), Some((1486, 9)));
    assert!(report.dropped.iter().any(|e| e.file == files[1] && e.line == 1496), "the half point is named by line");
}

#[test]
fn no_aggressor_service_and_no_shelter_location_ever_reaches_the_bundle() {
    for forbidden in ["C.A.I", "Casa Acogida", "Hogar", "confidencialidad", "\thrt\t", "\tcai\t"] {
        assert!(!BUNDLED_TEXT.contains(forbidden), "{forbidden:?} is in the bundle");
    }
    for s in Directory::bundled().services() {
        assert!(matches!(s.kind, Kind::Cem(_) | Kind::Sar | Kind::Sau | Kind::Police), "{s:?}");
    }
}

/// A small valid bundle; each case below appends one bad row to it. Lima's capital is
/// -43363″, -277311″ (-12.045278, -77.030833); La Victoria's is 71″ south of it
/// (-12.065, -77.030833), Villa El Salvador's -605″, +337″ (-12.213333, -76.937222).
/// The places are offsets in 1e-4 degrees from their district's capital; Huachipa has
/// none, so its SAR, flagged `d`, is at the province capital. The districts follow their
/// province's row with only their last two digits (150115, 150142, 150144).
const BASE: &str = "ruta-directory\t4
attribution\tprueba
D\t15\tLIMA\t-43363\t-277311
P\t1501\tLIMA\t-43363\t-277311
U\t15\tLA VICTORIA\t-71\t0
U\t42\tVILLA EL SALVADOR\t-605\t337
U\t44\tSANTA MARIA DE HUACHIPA\t\t
S\tcem-comisaria\t150115\tCem Comisaría La Victoria\tAv. Uno 1\t932870341\t-10\t8\t
S\tcem\t150142\tCem Regular Villa El Salvador\tAv. Dos 2\t932870342|14197260\t3\t2\t
S\tsar\t150144\tSar Huachipa\t\t\t\t\td
";

fn with(extra: &str) -> String {
    let services_end = BASE.len();
    format!("{}{extra}\n", &BASE[..services_end])
}

/// The station of the CEM Comisaría La Victoria, about 11 m from it.
const STATION: &str = "C\t150115\t-11\t7\t\t0";

#[test]
fn the_base_bundle_is_valid() {
    let dir = Directory::parse(BASE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dir.services().len(), 3);
    let victoria = dir.capital_of(ubigeo("150115")).unwrap().at;
    assert_eq!(
        victoria,
        LatLon::new(-43434.0 / 3600.0, -277311.0 / 3600.0),
        "province capital plus the district's offset"
    );
    let cem = &dir.services()[0];
    assert_eq!(cem.location, LatLon::new(victoria.lat - 0.001, victoria.lon + 0.0008));
    assert!(
        (cem.location.lat - -12.066).abs() < 1e-12 && (cem.location.lon - -77.030033).abs() < 1e-6,
        "{:?}",
        cem.location
    );
    let dir_with_police = with(STATION);
    let dir = Directory::parse(&dir_with_police).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(dir.services()[3].cem_inside, Some(0), "a station sharing a building with a CEM Comisaría");
}

#[test]
fn a_row_flagged_d_is_exactly_at_its_districts_search_point() {
    let dir = Directory::parse(BASE).unwrap_or_else(|e| panic!("{e}"));
    let sar = &dir.services()[2];
    let capital = dir.capital_of(sar.ubigeo).unwrap();
    assert_eq!(capital.level, CapitalLevel::Province, "Huachipa has no point of its own");
    assert!(sar.at_district_capital && sar.approximate);
    assert_eq!(sar.location, capital.at);
    // The same in the bundle: the three SAR with no point in the source.
    let dir = Directory::bundled();
    let placed: Vec<&Service> = dir.services().iter().filter(|s| s.at_district_capital).collect();
    assert_eq!(placed.len(), 3);
    for s in placed {
        assert_eq!(s.location, dir.capital_of(s.ubigeo).unwrap().at, "{s:?}");
    }
}

#[test]
fn departments_and_provinces_must_have_a_capital() {
    // Districts are stored relative to their province's capital: a D or P row without
    // one is rejected, and so is half a point. (A P row goes after the districts of
    // province 1501, which end on line 7.)
    let lines: Vec<&str> = BASE.lines().collect();
    for (after, row, expected) in [
        (3, "D\t16\tLORETO\t\t", Problem::Empty("capital")),
        (7, "P\t1502\tBARRANCA\t\t", Problem::Empty("capital")),
        (7, "P\t1502\tBARRANCA\t-38160\t", Problem::BadCoordinate("-38160,".into())),
        (7, "P\t1502\tBARRANCA\t38160\t-279000", Problem::OutsidePeru { lat: 10.6, lon: -77.5 }),
        // Its district is not reported too: the province row already is.
        (7, "P\t1502\tBARRANCA\t\t\nU\t01\tBARRANCA\t0\t0", Problem::Empty("capital")),
    ] {
        let text = [&lines[..after], &[row], &lines[after..]].concat().join("\n");
        let errors = Directory::parse(&text).expect_err(row).0;
        assert_eq!(errors.len(), 1, "{row:?}: {errors:?}");
        assert_eq!((errors[0].line, &errors[0].problem), (after + 1, &expected), "{row:?}");
        assert!(
            errors[0].to_string().contains(&row.split('\t').take(3).collect::<Vec<_>>().join(" ")),
            "{}",
            errors[0]
        );
    }
}

#[test]
fn districts_follow_their_province_with_two_digits() {
    // A second province, Barranca (capital 10°36' S, 77°30' W), with two districts: their
    // offsets are from Barranca's capital, the province of the last P row above them.
    let lines: Vec<&str> = BASE.lines().collect();
    let barranca = ["P\t1502\tBARRANCA\t-38160\t-279000", "U\t01\tBARRANCA\t0\t0", "U\t05\tSUPE\t-360\t-180"];
    let text = [&lines[..7], &barranca[..], &lines[7..]].concat().join("\n");
    let dir = Directory::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let codes: Vec<String> = dir.areas.districts.iter().map(|d| d.ubigeo.code()).collect();
    assert_eq!(codes, ["150115", "150142", "150144", "150201", "150205"]);
    assert_eq!(dir.districts(1502).len(), 2);
    assert_eq!(dir.capital_of(ubigeo("150201")).unwrap().at, arcsec_point(-38160, -279000));
    assert_eq!(dir.capital_of(ubigeo("150205")).unwrap().at, arcsec_point(-38520, -279180));
    assert_eq!(dir.capital_of(ubigeo("150115")).unwrap().at, arcsec_point(-43434, -277311), "unchanged");
    // A province with no district is followed directly by the next province.
    let text = [&lines[..7], &barranca[..1], &["P\t1503\tCAJATAMBO\t-37661\t-276957"], &lines[7..]].concat().join("\n");
    let dir = Directory::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(dir.districts(1502).is_empty() && dir.province(1503).is_some());
}

#[test]
fn district_rows_out_of_place_are_rejected_naming_the_row() {
    // Each row is put after line `after` of the base bundle (4 is the P row of Lima, 5–7
    // its districts 15, 42 and 44).
    let lines: Vec<&str> = BASE.lines().collect();
    for (after, row, expected) in [
        // Before any province: after the attribution, and after the departments.
        (2, "U\t01\tSOMEWHERE\t0\t0", Problem::OutOfOrder),
        (3, "U\t01\tSOMEWHERE\t0\t0", Problem::OutOfOrder),
        // The full code of version 2, and other codes that are not two digits.
        (7, "U\t150145\tSOMEWHERE\t0\t0", Problem::BadCode("150145".into())),
        (4, "U\t150101\tLIMA\t0\t0", Problem::BadCode("150101".into())),
        (7, "U\t5\tSOMEWHERE\t0\t0", Problem::BadCode("5".into())),
        (7, "U\t4a\tSOMEWHERE\t0\t0", Problem::BadCode("4a".into())),
        (7, "U\t00\tSOMEWHERE\t0\t0", Problem::BadCode("00".into())),
        (7, "U\t+5\tSOMEWHERE\t0\t0", Problem::BadCode("+5".into())),
        // Not strictly increasing within the province: lower, and repeated.
        (7, "U\t43\tVILLA MARIA DEL TRIUNFO\t\t", Problem::OutOfOrder),
        (5, "U\t15\tLA VICTORIA\t-71\t0", Problem::OutOfOrder),
        // Provinces stay in code order, and nothing but P and U alternates backwards.
        (7, "P\t1501\tLIMA\t-43363\t-277311", Problem::OutOfOrder),
        (7, "P\t1500\tLIMA\t-43363\t-277311", Problem::OutOfOrder),
        (7, "D\t16\tLORETO\t-13000\t-263000", Problem::OutOfOrder),
    ] {
        let text = [&lines[..after], &[row], &lines[after..]].concat().join("\n");
        let errors = Directory::parse(&text).expect_err(row).0;
        assert_eq!(errors.len(), 1, "{row:?} after line {after}: {errors:?}");
        let e = &errors[0];
        assert_eq!((e.line, &e.problem), (after + 1, &expected), "{row:?} after line {after}");
        let start = row.split('\t').take(3).collect::<Vec<_>>().join(" ");
        assert!(e.to_string().starts_with(&format!("data/directory.tsv line {} ({start}", after + 1)), "{e}");
    }
}

#[test]
fn crafted_bad_rows_are_rejected_naming_the_row() {
    let bad_line = BASE.lines().count() + 1;
    type Expect = fn(&Problem) -> bool;
    let cases: &[(&str, Expect)] = &[
        // The sign of the latitude lost: 12.066 is 241310 steps north of La Victoria.
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t241310\t8\t", |p| matches!(p, Problem::OutsidePeru { .. })),
        // Latitude and longitude swapped: -77.03, -12.066.
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t-649650\t649648\t", |p| matches!(p, Problem::OutsidePeru { .. })),
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t-10.5\t8\t", |p| matches!(p, Problem::BadCoordinate(_))),
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t-10\t\t", |p| matches!(p, Problem::BadCoordinate(_))),
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t\t\t", |p| matches!(p, Problem::BadCoordinate(_))),
        (
            "S\tcem\t150199\tCem Norte\tx\t932870341\t-10\t8\t",
            |p| matches!(p, Problem::UnknownUbigeo(c) if c == "150199"),
        ),
        ("S\tcem\t999999\tCem Norte\tx\t932870341\t-10\t8\t", |p| matches!(p, Problem::BadCode(_))),
        ("S\tcem\t150142\tCEM REGULAR VILLA EL SALVADOR\tx\t932870341\t33\t72\t", |p| *p == Problem::Duplicate(9)),
        ("S\tcem-comisaria\t150115\tOtro nombre\tx\t932870341\t-10\t8\t", |p| *p == Problem::Duplicate(8)),
        ("S\tcem\t150115\tCem Norte\tx\t9328703410\t-10\t8\t", |p| matches!(p, Problem::BadPhone(_))),
        ("S\tcem\t150115\tCem Norte\tx\t932 870 341\t-10\t8\t", |p| matches!(p, Problem::BadPhone(_))),
        ("S\tcem\t150115\tCem Norte\tx\t?\t-10\t8\t", |p| matches!(p, Problem::BadPhone(_))),
        ("S\tcai\t150115\tC.A.I. Lima\tAv. Riva Agüero 114\t972771783\t62\t230\t", |p| {
            *p == Problem::AggressorService
        }),
        ("S\tCAI\t150115\tC.A.I. Lima", |p| *p == Problem::AggressorService),
        ("S\thrt\t150115\tCasa Acogida Temporal Lima\tJr. Secreto 1\t\t\t\t", |p| *p == Problem::Shelter),
        ("S\thrt\t150115\tCasa Acogida Temporal Lima\t\t989085288\t10\t8\t", |p| *p == Problem::Shelter),
        ("S\tcem\t150115\tCem Norte\tx\t932870341\t-10\t8\tz", |p| matches!(p, Problem::BadFlags(_))),
        // 0.435 degrees (about 48 km) south of La Victoria, not flagged.
        ("S\tcem\t150115\tCem Lejos\tx\t932870341\t-4350\t8\t", |p| {
            matches!(p, Problem::ApproximateMismatch { must_flag: true, .. })
        }),
        ("S\tcem\t150115\tCem Cerca\tx\t932870341\t-20\t8\ta", |p| {
            matches!(p, Problem::ApproximateMismatch { must_flag: false, .. })
        }),
        ("S\tcem\t150115\tCem Cerca\tx\t932870341\t-20\t8\td", |p| *p == Problem::NotAtCapital),
        ("S\tcem\t150115\tCem Cerca\tx\t932870341\t0\t0\td", |p| *p == Problem::NotAtCapital),
        ("S\tcem\t150115\t \tx\t932870341\t-20\t8\t", |p| *p == Problem::Empty("name")),
        ("S\tcem\t150115\tCem Norte\t932870341\t-10\t8\t", |p| {
            matches!(p, Problem::FieldCount { expected: 9, found: 8 })
        }),
        ("S\tmystery\t150115\tX\tx\t\t-10\t8\t", |p| matches!(p, Problem::UnknownKind(_))),
        // At the CEM Regular Villa El Salvador, 19 km from La Victoria's CEM Comisaría.
        ("C\t150115\t-1480\t938\t\t0", |p| matches!(p, Problem::BadLink(_))),
        // Row 1 is at the station's point, but it is not inside a comisaría.
        ("C\t150115\t-11\t7\t\t1", |p| matches!(p, Problem::BadLink(_))),
        ("C\t150115\t\t\t\t", |p| matches!(p, Problem::BadCoordinate(_))),
        // A district after the services, and a province after them.
        ("U\t43\tVILLA MARIA DEL TRIUNFO\t\t", |p| *p == Problem::OutOfOrder),
        ("P\t1502\tBARRANCA\t-38160\t-279000", |p| *p == Problem::OutOfOrder),
        ("X\tsomething", |p| matches!(p, Problem::UnknownRecord(_))),
        ("attribution\tlate", |p| *p == Problem::OutOfOrder),
    ];
    for (row, expected) in cases {
        let text = with(row);
        let errors = Directory::parse(&text).expect_err(row).0;
        assert_eq!(errors.len(), 1, "{row:?}: {errors:?}");
        let e = &errors[0];
        assert!(expected(&e.problem), "{row:?}: got {:?}", e.problem);
        assert_eq!(e.line, bad_line, "{row:?}");
        let message = e.to_string();
        assert!(message.starts_with(&format!("data/directory.tsv line {bad_line} (")), "{message}");
        let start: String = row.split('\t').take(3).collect::<Vec<_>>().join(" ");
        assert!(message.contains(&start), "the message names the row: {message}");
    }
}

#[test]
fn a_duplicate_police_station_and_a_wrong_header_are_rejected() {
    let text = with(&format!("{STATION}\n{STATION}"));
    let errors = Directory::parse(&text).unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(errors[0].problem, Problem::Duplicate(_)));
    // A version 1 bundle (absolute 1e-5 degrees) must not be read as offsets, nor a
    // version 2 one (six-digit district codes, all after the provinces) as two digits.
    for header in ["ruta-directory\t1", "ruta-directory\t2", "ruta-directory\t3", "ruta-directory"] {
        let errors = Directory::parse(&BASE.replacen(HEADER, header, 1)).unwrap_err().0;
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, &errors[0].problem), (1, &Problem::BadHeader));
        assert!(errors[0].to_string().contains("ruta-directory<TAB>4"), "{}", errors[0]);
    }
}

#[test]
fn one_bad_row_gives_one_error_not_a_cascade() {
    // The CEM Comisaría La Victoria row is moved north of the equator (its latitude's
    // sign lost); the station linked to it must not add a second, misleading error.
    let text = with(STATION).replacen("\t-10\t8\t\n", "\t241310\t8\t\n", 1);
    let errors = Directory::parse(&text).unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 8);
    assert!(matches!(errors[0].problem, Problem::OutsidePeru { .. }));
}

#[test]
fn many_bad_links_are_named_by_line_in_linear_time() {
    // Found by the fuzzing (tests/fuzz_slice.rs, scripts/fuzz): each bad link used to
    // look its row up from the top of the text, so 40,000 stations with a link to no CEM
    // took 33 s in release. Now one pass names them all.
    let rows = 20_000;
    let stations: Vec<String> =
        (0..rows as i64).map(|i| format!("C\t150115\t{}\t{}\t\t99", i % 200 - 100, i / 200 - 50)).collect();
    let text = with(&stations.join("\n"));
    let started = std::time::Instant::now();
    let errors = Directory::parse(&text).unwrap_err().0;
    let took = started.elapsed();
    assert_eq!(errors.len(), rows, "{:?}", &errors[..3]);
    let first_line = BASE.lines().count() + 1;
    for (k, error) in errors.iter().enumerate() {
        assert_eq!((error.line, &error.problem), (first_line + k, &Problem::BadLink("99".into())));
        assert_eq!(error.row, short(&stations[k]), "line {}", error.line);
    }
    // 0.14 s in a debug build; 19 s with the lookup from the top.
    assert!(took < std::time::Duration::from_secs(10), "{took:?}");
}

#[test]
fn stored_offsets_re_encode_to_themselves() {
    // Every point of the bundle, decoded and encoded again from the same origin, gives
    // back the integers on its line: the decoding loses nothing an import could write.
    let dir = Directory::bundled();
    let fields = |line: &'static str| line.split('\t').collect::<Vec<_>>();
    let int = |s: &str| s.parse::<i32>().unwrap();
    let seconds = |degrees: f64| (degrees * 3600.0).round() as i32;
    let steps = |degrees: f64| (degrees * 1e4).round() as i32;
    let mut places = dir.services().iter();
    let (mut areas, mut offsets) = (0, 0);
    let mut province = "";
    for line in BUNDLED_TEXT.lines() {
        let f = fields(line);
        if f[0] == "P" {
            province = f[1];
        }
        match f[0] {
            "D" | "P" => {
                let at = match f[0] {
                    "D" => dir.department(f[1].parse().unwrap()).unwrap().capital,
                    _ => dir.province(f[1].parse().unwrap()).unwrap().capital,
                };
                // Every department and province has a capital: `capital` is a plain `LatLon`.
                assert_eq!((seconds(at.lat), seconds(at.lon)), (int(f[3]), int(f[4])), "{line}");
                assert_eq!(at, arcsec_point(int(f[3]), int(f[4])));
                areas += 1;
            }
            "U" => {
                assert_eq!(f[1].len(), 2, "{line}");
                let u = ubigeo(&format!("{province}{}", f[1]));
                let district = dir.district(u).unwrap();
                let province = dir.province(u.province()).unwrap().capital;
                match district.capital {
                    Some(at) => {
                        let offset = (seconds(at.lat) - seconds(province.lat), seconds(at.lon) - seconds(province.lon));
                        assert_eq!(offset, (int(f[3]), int(f[4])), "{line}");
                    }
                    None => assert_eq!((f[3], f[4]), ("", ""), "{line}"),
                }
                areas += 1;
            }
            "S" | "C" => {
                let s = places.next().expect("one place a line");
                let (lat, lon) = if f[0] == "S" { (f[6], f[7]) } else { (f[2], f[3]) };
                let from = dir.capital_of(s.ubigeo).unwrap().at;
                if s.at_district_capital {
                    assert_eq!((lat, lon, s.location), ("", "", from), "{line}");
                } else {
                    let d = (steps(s.location.lat - from.lat), steps(s.location.lon - from.lon));
                    assert_eq!(d, (int(lat), int(lon)), "{line}");
                    assert_eq!(offset_point(from, d.0, d.1), s.location, "{line}");
                    offsets += 1;
                }
            }
            _ => {}
        }
    }
    assert!(places.next().is_none());
    assert_eq!((areas, offsets), (25 + 196 + 1893, dir.services().len() - 3));
}

#[test]
fn shelters_and_aggressor_services_in_a_source_are_dropped_by_import() {
    let ubigeo = "inei,departamento,provincia,distrito,latitude,longitude\n";
    let deps = format!("{ubigeo}150000,LIMA,,,-12.04637,-77.02792\n");
    let provs = format!("{ubigeo}150100,LIMA,LIMA,,-12.04637,-77.02792\n");
    let dists = format!("{ubigeo}150115,LIMA,LIMA,LA VICTORIA,-12.065,-77.03083\n");
    let mimp = "tipo,modalidad_cem,ubigeo,departamento,provincia,distrito,nombre,direccion,telefono,lat,lon,km_a_capital_distrito
HRT,,150115,LIMA,LIMA,La Victoria,Casa Acogida Temporal X,No se registra por confidencialidad,989085288,,,
CAI,,150115,LIMA,LIMA,La Victoria,C.A.I. X,Av. Riva Agüero N° 114,972771783,-12.058784,-77.00715,1
CEM,regular,150115,LIMA,LIMA,La Victoria,Cem Regular X,\"Av. Uno, 1\",994 800 533 / 01-4197260,-12.066,-77.03,0.1
CEM,regular,150199,LIMA,LIMA,Nowhere,Cem Regular Y,Av. Dos,994800534,-12.066,-77.03,0.1
";
    let police = "id_n,ubigeo,distrito,lat,lon\n0001,150115,LA VICTORIA,-12.0661,-77.0301\n";
    let sources = Sources {
        mimp: ("mimp.csv", mimp),
        police: ("police.csv", police),
        departments: ("d.csv", &deps),
        provinces: ("p.csv", &provs),
        districts: ("u.csv", &dists),
        extra_districts: None,
    };
    let (bundle, report) = import(&sources).unwrap_or_else(|e| panic!("{e}"));
    assert!(!bundle.contains("Acogida") && !bundle.contains("C.A.I") && !bundle.contains("989085288"), "{bundle}");
    // Lima's capital (-12.04637, -77.02792) rounds to -43367″, -277301″; La Victoria's
    // (-12.065, -77.03083) to -43434″, -277311″, stored as -67″, -10″ from it.
    assert!(bundle.contains("P\t1501\tLIMA\t-43367\t-277301\nU\t15\tLA VICTORIA\t-67\t-10\nS\t"), "{bundle}");
    // The CEM at -12.066, -77.03 is 10 steps of 1e-4 degree south of La Victoria's
    // capital and 8.33 east (stored 8); the station at -12.0661, -77.0301, 11 and 7.33.
    assert!(bundle.contains("Cem Regular X\tAv. Uno, 1\t994800533|14197260\t-10\t8\t\n"), "{bundle}");
    assert!(bundle.ends_with("\nC\t150115\t-11\t7\t\t\nend\t1\t1\t1\t1\t1\n"), "{bundle}");
    let reasons: Vec<String> = report.dropped.iter().map(ToString::to_string).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[0].starts_with("mimp.csv line 2 (HRT Casa Acogida Temporal X)"), "{reasons:?}");
    assert!(reasons[1].starts_with("mimp.csv line 3 (CAI C.A.I. X)"), "{reasons:?}");
    assert!(reasons[2].contains("line 5 (CEM Cem Regular Y): ubigeo 150199"), "{reasons:?}");
}

#[test]
fn import_writes_each_province_then_its_districts() {
    let header = "inei,departamento,provincia,distrito,latitude,longitude\n";
    let deps = format!("{header}150000,LIMA,,,-12.04637,-77.02792\n");
    let provs = format!("{header}150200,LIMA,BARRANCA,,-10.75,-77.76\n150100,LIMA,LIMA,,-12.04637,-77.02792\n150300,LIMA,CAJATAMBO,,-10.47,-76.99\n");
    // Out of order in the source, and one district only in the extra table.
    let dists = format!(
        "{header}150201,LIMA,BARRANCA,BARRANCA,-10.75,-77.76\n150115,LIMA,LIMA,LA VICTORIA,-12.065,-77.03083\n"
    );
    let extra = format!("{header}150101,LIMA,LIMA,LIMA,-12.04637,-77.02792\n");
    let mimp = "tipo,modalidad_cem,ubigeo,nombre,direccion,telefono,lat,lon\nCEM,regular,150201,Cem Barranca,Av. Uno,994800533,-10.75,-77.76\n";
    let police = "id_n,ubigeo,distrito,lat,lon\n";
    let sources = Sources {
        mimp: ("mimp.csv", mimp),
        police: ("police.csv", police),
        departments: ("d.csv", &deps),
        provinces: ("p.csv", &provs),
        districts: ("u.csv", &dists),
        extra_districts: Some(("x.csv", &extra)),
    };
    let (bundle, _) = import(&sources).unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<String> =
        bundle.lines().skip(4).map(|l| l.split('\t').take(3).collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(
        kinds,
        [
            "D 15 LIMA",
            "P 1501 LIMA",
            "U 01 LIMA",
            "U 15 LA VICTORIA",
            "P 1502 BARRANCA",
            "U 01 BARRANCA",
            "P 1503 CAJATAMBO",
            "S cem 150201",
            "end 1 3"
        ],
        "{bundle}"
    );
    // A district whose province is not in the table cannot be written under it: the
    // import stops, naming the district's row and the missing province.
    let dists = format!("{dists}160101,LORETO,MAYNAS,IQUITOS,-3.75,-73.25\n");
    let errors = import(&Sources { districts: ("u.csv", &dists), ..sources }).unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].to_string(), "u.csv line 4 (160101 IQUITOS): ubigeo 160100 is not in the ubigeo table");
}

#[test]
fn known_places_find_the_expected_services() {
    let dir = Directory::bundled();
    // La Victoria, Lima: several CEMs within a few km, all in Lima or Callao.
    let (capital, hits) = dir.nearest_to_district(ubigeo("150115"), KindFilter::Cem, 5).unwrap();
    assert_eq!(capital.level, CapitalLevel::District);
    assert_eq!(hits.len(), 5);
    assert!(hits[4].km < 6.0, "{hits:?}");
    assert!(hits.iter().all(|h| matches!(h.service.ubigeo.department(), 15 | 7)), "{hits:?}");
    // Villa El Salvador has its own CEM.
    let (_, hits) = dir.nearest_to_district(ubigeo("150142"), KindFilter::Cem, 1).unwrap();
    assert_eq!(hits[0].service.ubigeo, ubigeo("150142"), "{hits:?}");
    assert!(hits[0].km < 5.0);
    // Yurúa (Atalaya, Ucayali), on the Brazilian border: the nearest CEM is far away,
    // which is why the widget always offers Línea 100 next to the map.
    let (_, hits) = dir.nearest_to_district(ubigeo("250204"), KindFilter::Cem, 1).unwrap();
    assert!(hits[0].km > 150.0, "{hits:?}");
    // The kind filter is applied.
    for (filter, ok) in [
        (KindFilter::Police, (|k| k == Kind::Police) as fn(Kind) -> bool),
        (KindFilter::Sau, |k| k == Kind::Sau),
        (KindFilter::Sar, |k| k == Kind::Sar),
    ] {
        let hits = dir.nearest(lima(), filter, 8);
        assert_eq!(hits.len(), 8);
        assert!(hits.iter().all(|h| ok(h.service.kind)), "{filter:?}");
    }
    assert!(dir.nearest(lima(), KindFilter::Any, 0).is_empty());
    assert_eq!(dir.nearest(lima(), KindFilter::Sau, 100).len(), 8, "only 8 SAU exist");
    // Found by the fuzzing: `limit + 1` overflowed, and a limit near it asked for an
    // impossible buffer (`ruta nearest --limit 18446744073709551614` aborted).
    for limit in [usize::MAX, usize::MAX - 1, usize::MAX / 2] {
        assert_eq!(dir.nearest(lima(), KindFilter::Sau, limit).len(), 8, "{limit}");
    }
}

#[test]
fn police_stations_are_unnamed_and_may_host_a_cem() {
    let dir = Directory::bundled();
    let police: Vec<&Service> = dir.services().iter().filter(|s| s.kind == Kind::Police).collect();
    assert!(police.iter().all(|s| s.name == POLICE_NAME && s.address.is_empty() && s.phones().next().is_none()));
    let linked: Vec<_> = police.iter().filter_map(|s| s.cem_inside.map(|id| (s, dir.service(id).unwrap()))).collect();
    assert!(linked.len() > 100);
    for (station, cem) in linked {
        assert!(cem.kind.inside_comisaria(), "{cem:?}");
        assert!(cem.location.km_to(station.location) <= SAME_PLACE_KM);
    }
    assert_eq!(Kind::Police.data_year(), 2017);
    assert_eq!(Kind::Cem(CemSetting::Regular).data_year(), 2026);
}

#[test]
fn districts_without_coordinates_fall_back_to_their_province() {
    let dir = Directory::bundled();
    for code in ["150144", "160405", "030612"] {
        let capital = dir.capital_of(ubigeo(code)).unwrap();
        assert_eq!(capital.level, CapitalLevel::Province, "{code}");
        assert_eq!(capital.at, dir.province(ubigeo(code).province()).unwrap().capital);
    }
    assert_eq!(dir.capital_of(ubigeo("150199")), Err(UnknownDistrict("150199".into())));
}

#[test]
fn the_picker_lists_departments_provinces_and_districts() {
    let dir = Directory::bundled();
    assert_eq!(dir.departments().len(), 25);
    let lima: Vec<&str> = dir.provinces(15).iter().map(|p| p.name).collect();
    assert_eq!(lima.len(), 10);
    assert_eq!(lima[0], "LIMA");
    let districts = dir.districts(1501);
    assert_eq!(districts.len(), 44, "with Santa María de Huachipa");
    assert!(districts.iter().any(|d| d.name == "VILLA EL SALVADOR"));
    assert!(dir.districts(1599).is_empty());
    assert_eq!(dir.provinces(7).len(), 1, "Callao");
}

#[test]
fn district_search_ignores_case_and_accents() {
    let dir = Directory::bundled();
    let first = |q: &str| dir.search_districts(q, 5).first().map(|m| (m.ubigeo().code(), m.path()));
    let cases = [
        ("villa el salv", "150142", "VILLA EL SALVADOR, LIMA, LIMA"),
        ("VILLA  EL SALV", "150142", "VILLA EL SALVADOR, LIMA, LIMA"),
        ("ocoña", "040206", "OCOÑA, CAMANA, AREQUIPA"),
        ("OCONA", "040206", "OCOÑA, CAMANA, AREQUIPA"),
        ("Unión Asháninka", "080918", "UNION ASHÁNINKA, LA CONVENCION, CUSCO"),
        ("la victoria", "140106", "LA VICTORIA, CHICLAYO, LAMBAYEQUE"),
    ];
    for (query, code, path) in cases {
        assert_eq!(first(query), Some((code.to_owned(), path.to_owned())), "{query:?}");
    }
    // No district is called Ñaña (it is a town in Lurigancho); both spellings give the
    // same results, and districts written with Ñ are found without it.
    let names = |q: &str| dir.search_districts(q, 50).iter().map(|m| m.district.name).collect::<Vec<_>>();
    assert_eq!(names("Ñaña"), names("nana"));
    assert_eq!(names("nepena"), vec!["NEPEÑA"]);
    assert!(names("cañaris").contains(&"CAÑARIS"));
    // Starts-with comes before word-starts, which comes before any other match.
    let santa = names("rosa");
    assert!(santa[0].starts_with("ROSA"), "{santa:?}");
    assert!(
        santa.iter().position(|n| n.contains(" ROSA"))
            < santa.iter().position(|n| !n.starts_with("ROSA") && !n.contains(" ROSA")).or(Some(usize::MAX))
    );
    assert!(dir.search_districts("  ", 5).is_empty());
    assert!(dir.search_districts("zzzz", 5).is_empty());
    assert_eq!(dir.search_districts("san", 7).len(), 7);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn filter() -> impl Strategy<Value = KindFilter> {
        prop_oneof![
            Just(KindFilter::Any),
            Just(KindFilter::Cem),
            Just(KindFilter::Police),
            Just(KindFilter::Sau),
            Just(KindFilter::Sar),
        ]
    }

    proptest! {
        #[test]
        fn nearest_agrees_with_a_brute_force_haversine_scan(
            lat in -18.4f64..-0.03, lon in -81.4f64..-68.6, filter in filter(), limit in 1usize..12
        ) {
            let dir = Directory::bundled();
            let from = LatLon::new(lat, lon);
            let mut all: Vec<f64> = dir
                .services()
                .iter()
                .filter(|s| filter.matches(s.kind))
                .map(|s| from.km_to(s.location))
                .collect();
            all.sort_by(f64::total_cmp);
            all.truncate(limit);
            let got: Vec<f64> = dir.nearest(from, filter, limit).iter().map(|h| h.km).collect();
            prop_assert_eq!(got.len(), all.len());
            for (g, want) in got.iter().zip(&all) {
                prop_assert!((g - want).abs() < 1e-6, "{} vs {}", g, want);
            }
            prop_assert!(got.windows(2).all(|w| w[0] <= w[1]));
        }

        #[test]
        fn every_district_found_by_its_own_name(i in 0usize..1893) {
            let dir = Directory::bundled();
            let d = &dir.areas.districts[i];
            let hits = dir.search_districts(&d.name.to_lowercase(), 2000);
            prop_assert!(hits.iter().any(|m| m.district.ubigeo == d.ubigeo));
        }
    }
}

/// The bundled file, cut or damaged the ways a proxy, a CDN, a stale deploy or a wrong
/// encoding damages it: each is refused as a whole by the check the widget uses.
#[test]
fn a_cut_short_empty_or_misdecoded_bundle_is_refused_whole() {
    let whole = BUNDLED_TEXT;
    assert!(Directory::parse_bundle(whole).is_ok());
    let refused = |text: &str, why: &str| {
        let errors = Directory::parse_bundle(text).err().unwrap_or_else(|| panic!("{why} was accepted")).0;
        errors.into_iter().map(|e| e.problem).collect::<Vec<_>>()
    };
    // Cut cleanly at a line break: after the services, or one police row short.
    let before_police = &whole[..whole.find("\nC\t").unwrap() + 1];
    assert!(refused(before_police, "no police rows").contains(&Problem::Incomplete));
    assert!(refused(before_police, "no police rows").contains(&Problem::MissingSection("police station")));
    let last_c = whole.trim_end().rfind("\nC\t").unwrap();
    let one_short = format!("{}{}", &whole[..last_c + 1], &whole[whole.trim_end().rfind("\nend").unwrap() + 1..]);
    assert_eq!(refused(&one_short, "one row short"), vec![Problem::Incomplete]);
    // Header only, and header plus attribution.
    assert!(refused("ruta-directory\t4\n", "header only").contains(&Problem::MissingSection("department")));
    let attribution_only = &whole[..whole.find("\nD\t").unwrap() + 1];
    assert!(refused(attribution_only, "attribution only").contains(&Problem::Incomplete));
    // A whole section taken out, the trailer kept.
    let without_sar: String = whole.lines().filter(|l| !l.starts_with("S\tsar\t")).map(|l| format!("{l}\n")).collect();
    assert!(refused(&without_sar, "SAR rows removed").contains(&Problem::Incomplete));
    // Read as Latin-1 and re-encoded, or with a bad byte replaced.
    let misdecoded = whole.replacen('Ñ', "\u{FFFD}", 1);
    assert_eq!(refused(&misdecoded, "misdecoded"), vec![Problem::MisDecoded]);
    // Far larger than any real directory.
    let huge = format!("{whole}{}", "\n".repeat(MAX_BUNDLE_BYTES));
    assert_eq!(refused(&huge, "huge"), vec![Problem::TooLarge]);
    // Anything after the trailer, or a second trailer.
    assert!(refused(&format!("{whole}{STATION}\n"), "a row after end").contains(&Problem::OutOfOrder));
    // The row validator alone still reads fragments without a trailer (the tests above).
    assert!(Directory::parse(BASE).is_ok());
}
