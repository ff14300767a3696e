//! The source files' decimal degrees, read and turned into the bundle's integers: area
//! capitals in arc-seconds, places as offsets from their district's search point.

use super::super::format::{arcsec_point, offset_point};
use super::super::Problem;
use crate::geo::LatLon;

/// Degrees; "NA" and empty are "no value".
fn coordinate(text: &str) -> Result<Option<f64>, Problem> {
    if text.is_empty() || text.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    let v: f64 = text.parse().map_err(|_| Problem::BadCoordinate(text.to_owned()))?;
    if !v.is_finite() || v.abs() > 180.0 {
        return Err(Problem::BadCoordinate(text.to_owned()));
    }
    Ok(Some(v))
}

fn degrees(lat: &str, lon: &str) -> Result<Option<(f64, f64)>, Problem> {
    match (coordinate(lat)?, coordinate(lon)?) {
        (Some(a), Some(b)) => Ok(Some((a, b))),
        (None, None) => Ok(None),
        _ => Err(Problem::BadCoordinate(format!("{lat},{lon}"))),
    }
}

fn inside_peru(at: LatLon) -> Result<(), Problem> {
    if at.in_peru() {
        Ok(())
    } else {
        Err(Problem::OutsidePeru { lat: at.lat, lon: at.lon })
    }
}

/// An area capital in whole arc-seconds, as the ubigeo tables publish it.
pub(super) fn arcsec(lat: &str, lon: &str) -> Result<Option<(i32, i32)>, Problem> {
    let Some((a, b)) = degrees(lat, lon)? else { return Ok(None) };
    let seconds = ((a * 3600.0).round() as i32, (b * 3600.0).round() as i32);
    inside_peru(arcsec_point(seconds.0, seconds.1))?;
    Ok(Some(seconds))
}

/// An offset as the bundle stores it, and the point the parser will decode from it.
pub(super) type Encoded = ((i32, i32), LatLon);

/// A place as an offset in 1e-4 degrees from its district's search point.
pub(super) fn offset(search_point: LatLon, lat: &str, lon: &str) -> Result<Option<Encoded>, Problem> {
    let Some((a, b)) = degrees(lat, lon)? else { return Ok(None) };
    let d = (((a - search_point.lat) * 1e4).round() as i32, ((b - search_point.lon) * 1e4).round() as i32);
    let at = offset_point(search_point, d.0, d.1);
    inside_peru(at)?;
    Ok(Some((d, at)))
}

pub(super) fn fmt_pair(p: Option<(i32, i32)>) -> String {
    p.map(|(a, b)| format!("{a}\t{b}")).unwrap_or_else(|| "\t".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_capitals_are_whole_arc_seconds_as_published() {
        // Chachapoyas, as the ubigeo table prints it: 6°13'46" S, 77°52'22" W.
        assert_eq!(arcsec("-6.22944444444445", "-77.8727777777777"), Ok(Some((-22426, -280342))));
        assert_eq!(arcsec("NA", "NA"), Ok(None));
        assert_eq!(arcsec("-6.2", ""), Err(Problem::BadCoordinate("-6.2,".into())));
        assert!(matches!(arcsec("6.2", "-77.8"), Err(Problem::OutsidePeru { .. })));
    }

    #[test]
    fn places_are_offsets_from_their_search_point() {
        let from = arcsec_point(-43434, -277311);
        let (d, at) = offset(from, "-12.066", "-77.03").unwrap().unwrap();
        assert_eq!(d, (-10, 8));
        assert_eq!(at, offset_point(from, -10, 8));
        assert_eq!(offset(from, "", "NA"), Ok(None));
        // Checked on the decoded point: the sign of the latitude lost.
        assert!(matches!(offset(from, "12.066", "-77.03"), Err(Problem::OutsidePeru { lat, .. }) if lat > 12.0));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn arc_seconds_round_trip_the_published_decimals(lat in -66_240i32..-108, lon in -293_040i32..-246_960) {
                // The tables print n / 3600 with 15 significant digits.
                let text = |n: i32| format!("{:.15}", n as f64 / 3600.0);
                prop_assert_eq!(arcsec(&text(lat), &text(lon)), Ok(Some((lat, lon))));
            }

            #[test]
            fn a_place_decodes_within_half_a_step_of_its_source(
                clat in -64_000i32..-2_000, clon in -291_000i32..-250_000,
                dlat in -0.5f64..0.5, dlon in -0.5f64..0.5,
            ) {
                let from = arcsec_point(clat, clon);
                let (lat, lon) = (from.lat + dlat, from.lon + dlon);
                let (d, at) = offset(from, &format!("{lat:.8}"), &format!("{lon:.8}")).unwrap().unwrap();
                prop_assert_eq!(at, offset_point(from, d.0, d.1));
                let (lat, lon): (f64, f64) = (format!("{lat:.8}").parse().unwrap(), format!("{lon:.8}").parse().unwrap());
                prop_assert!((at.lat - lat).abs() <= 0.5e-4 + 1e-12 && (at.lon - lon).abs() <= 0.5e-4 + 1e-12, "{:?} vs {}, {}", at, lat, lon);
                // About 5.6 m at most in each axis.
                prop_assert!(at.km_to(LatLon::new(lat, lon)) < 0.008);
            }
        }
    }
}
