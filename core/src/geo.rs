//! Points on the Earth and straight-line distances between them.
//!
//! Location is always a parameter: the shell asks the browser (only when the visitor
//! taps "use my location") or resolves a district, then passes a [`LatLon`] here.

use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// Mean Earth radius used by the haversine formula, in km.
pub const EARTH_RADIUS_KM: f64 = 6_371.008_8;

/// A bounding box around Peru, generous enough for its borders and islands. Anything
/// outside is a typo (a swapped sign, a lat/lon swap), not a real service.
pub const PERU_LAT: (f64, f64) = (-18.4, -0.03);
pub const PERU_LON: (f64, f64) = (-81.4, -68.6);

/// A WGS84 point in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub const fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// A `geo:` URI for the phone's own map app, to about a metre (5 decimals).
    pub fn geo_uri(self) -> String {
        let (lat, lon) = (fixed_point(self.lat, 5), fixed_point(self.lon, 5));
        format!("geo:{lat},{lon}?q={lat},{lon}")
    }

    /// Whether the point lies inside [`PERU_LAT`] × [`PERU_LON`].
    pub fn in_peru(&self) -> bool {
        (PERU_LAT.0..=PERU_LAT.1).contains(&self.lat) && (PERU_LON.0..=PERU_LON.1).contains(&self.lon)
    }

    /// Great-circle distance in km (haversine).
    pub fn km_to(&self, other: LatLon) -> f64 {
        let (la1, la2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = la2 - la1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = sin(dlat / 2.0).powi(2) + cos(la1) * cos(la2) * sin(dlon / 2.0).powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
    }

    /// The point on the unit sphere. The squared chord between two such vectors grows
    /// with the great-circle distance, so ranking by it gives the haversine order with
    /// no trigonometry per candidate: that is what keeps a nearest query in microseconds.
    pub(crate) fn unit_vector(&self) -> [f64; 3] {
        let (lat, lon) = (self.lat.to_radians(), self.lon.to_radians());
        [cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat)]
    }
}

/// Sine and cosine for the widget's own angles, by their Taylor series on [-π/2, π/2]
/// after folding. The standard library's (libm's) handle any argument and bring a 3 KB
/// argument reduction (`rem_pio2`) with its tables into the wasm, 2 KB of the gzip twin a
/// server with no compression sends; here every angle is a latitude, a longitude or half a
/// difference of two, so within [-2π, 2π], and a larger one is brought into [-π, π] by
/// one subtraction. Within 5e-16 (two units in the last place) of `f64::sin`/`f64::cos`
/// over [-2π, 2π] (tested).
fn sin(x: f64) -> f64 {
    let x = within_pi(x);
    // sin(π − x) = sin x folds [π/2, π] onto [0, π/2]; π − x is exact there.
    let folded = if x > FRAC_PI_2 {
        PI - x
    } else if x < -FRAC_PI_2 {
        -PI - x
    } else {
        x
    };
    let x2 = folded * folded;
    folded + folded * x2 * horner(&SIN_SERIES, x2)
}

fn cos(x: f64) -> f64 {
    let x = within_pi(x).abs();
    // cos(π − x) = −cos x.
    let (folded, sign) = if x > FRAC_PI_2 { (PI - x, -1.0) } else { (x, 1.0) };
    let x2 = folded * folded;
    sign * (1.0 + x2 * horner(&COS_SERIES, x2))
}

fn within_pi(x: f64) -> f64 {
    if x.abs() <= PI {
        x
    } else {
        x - (x / TAU).round() * TAU
    }
}

/// c₀ + y·(c₁ + y·(c₂ + …)).
fn horner(coefficients: &[f64], y: f64) -> f64 {
    coefficients.iter().rev().fold(0.0, |sum, c| sum * y + c)
}

/// The series' coefficients after the first term: (−1)^k / (2k + first)! for k = 1…11,
/// where first is 1 for the sine and 0 for the cosine. The 12th term is below 1e-17 at π/2.
const fn series(first: u32) -> [f64; 11] {
    let mut coefficients = [0.0; 11];
    let (mut term, mut n, mut k) = (1.0, first, 0);
    while k < 11 {
        term = -term / ((n + 1) * (n + 2)) as f64;
        n += 2;
        coefficients[k] = term;
        k += 1;
    }
    coefficients
}

const SIN_SERIES: [f64; 11] = series(1);
const COS_SERIES: [f64; 11] = series(0);

pub(crate) fn chord2(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    let (dx, dy, dz) = (a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    dx * dx + dy * dy + dz * dz
}

/// `value` with `fraction_digits` decimals and a `.`, rounded half away from zero.
/// Written with integers: formatting an `f64` links about 15 KB of the standard library's
/// float printing into the wasm, and distances and coordinates need no more than this.
pub fn fixed_point(value: f64, fraction_digits: u32) -> String {
    let scale = 10i64.pow(fraction_digits.min(9));
    let scaled = (value * scale as f64).round();
    // Out of range (or NaN) is no distance or coordinate the widget shows.
    if !scaled.is_finite() || scaled.abs() >= 1e17 {
        return String::from("0");
    }
    let scaled = scaled as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.unsigned_abs() / scale as u64, scaled.unsigned_abs() % scale as u64);
    if fraction_digits == 0 {
        return format!("{sign}{whole}");
    }
    let digits = fraction_digits.min(9) as usize;
    format!("{sign}{whole}.{fraction:0digits$}")
}

/// Degrees written in decimal, as a webmaster copies them from a map: `-12.0464`,
/// `+77`, `.5`. No exponent, no `inf` or `NaN`. It gives the very `f64` that
/// `str::parse` gives for up to 15 significant digits (an integer and an exact power of
/// ten, divided once: one correctly rounded operation), and keeps the first 15 of longer
/// ones (a nanometre). Written here because the standard library's parser links about
/// 7 KB of tables and code into the wasm for these two attributes alone.
pub fn parse_degrees(text: &str) -> Option<f64> {
    /// Every power of ten up to 10^15 is exact in an f64.
    const POWERS: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 15 {
        return None; // no coordinate; too many digits to be exact here
    }
    // Up to 15 significant digits, leading zeros of a fraction not counted.
    let (mut mantissa, mut scale, mut significant) = (0u64, 0usize, whole.len());
    for digit in whole.bytes() {
        mantissa = mantissa * 10 + u64::from(digit - b'0');
    }
    for digit in fraction.bytes() {
        if significant == 15 || scale == 15 {
            break;
        }
        mantissa = mantissa * 10 + u64::from(digit - b'0');
        scale += 1;
        if mantissa > 0 {
            significant += 1;
        }
    }
    let magnitude = mantissa as f64 / POWERS[scale];
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The next of a fixed sequence of pseudo-random numbers (Marsaglia's xorshift64).
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn sine_and_cosine_match_the_standard_library() {
        let steps = 400_000;
        let mut worst: f64 = 0.0;
        for i in 0..=steps {
            let x = -2.0 * PI + 4.0 * PI * i as f64 / steps as f64;
            worst = worst.max((sin(x) - x.sin()).abs()).max((cos(x) - x.cos()).abs());
        }
        assert!(worst < 5e-16, "worst difference {worst:e}");
        for x in [0.0, FRAC_PI_2, -FRAC_PI_2, PI, -PI, 1e-9, 20.0, -1000.0] {
            assert!((sin(x) - x.sin()).abs() < 1e-12 && (cos(x) - x.cos()).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn distances_match_the_standard_library_formula() {
        let haversine = |a: LatLon, b: LatLon| {
            let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
            let (dlat, dlon) = (la2 - la1, (b.lon - a.lon).to_radians());
            let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
            2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
        };
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || (xorshift(&mut x) % 1_000_000) as f64 / 1_000_000.0;
        for _ in 0..50_000 {
            let a = LatLon::new(-90.0 + 180.0 * next(), -180.0 + 360.0 * next());
            let b = LatLon::new(-90.0 + 180.0 * next(), -180.0 + 360.0 * next());
            assert!((a.km_to(b) - haversine(a, b)).abs() < 1e-6, "{a:?} {b:?}");
        }
    }

    #[test]
    fn parse_degrees_gives_what_str_parse_gives() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..50_000 {
            let x = xorshift(&mut state);
            let whole = x % 200;
            let digits = (x >> 20) as usize % 13;
            let fraction = (x >> 8) % 10u64.pow(digits as u32);
            let sign = ["", "-", "+"][(x >> 40) as usize % 3];
            let text =
                if digits == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction:0digits$}") };
            assert_eq!(parse_degrees(&text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["-12.0464", "+77", ".5", "5.", "0.000000000000001", "-0", "007.50"] {
            assert_eq!(parse_degrees(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn parse_degrees_refuses_what_is_not_decimal_degrees() {
        for text in [
            "",
            "-",
            "+",
            ".",
            "-.",
            "1e3",
            "inf",
            "NaN",
            "12,5",
            " 12",
            "12 ",
            "1.2.3",
            "--1",
            "0x10",
            "1234567890123456",
        ] {
            assert_eq!(parse_degrees(text), None, "{text:?}");
        }
    }

    #[test]
    fn parse_degrees_keeps_fifteen_significant_digits_of_longer_ones() {
        let long = "-12.04640000000000123";
        assert_eq!(parse_degrees(long), Some(-12.0464));
        let parsed = parse_degrees("-77.123456789012345678").unwrap();
        assert!((parsed - "-77.123456789012345678".parse::<f64>().unwrap()).abs() < 1e-12);
    }

    #[test]
    fn fixed_point_writes_what_float_formatting_writes_away_from_ties() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let x = xorshift(&mut state);
            let value = (x % 4_000_000_000) as f64 / 1e7 - 200.0;
            for digits in [0u32, 1, 5] {
                let scaled = value * 10f64.powi(digits as i32);
                if (scaled.fract().abs() - 0.5).abs() < 1e-6 {
                    continue; // a tie: format! rounds to even, fixed_point away from zero
                }
                let formatted = format!("{value:.*}", digits as usize);
                // format! keeps the sign of a negative value that rounds to zero ("-0.0").
                let zero = formatted.bytes().all(|b| matches!(b, b'-' | b'0' | b'.'));
                let expected = if zero { formatted.trim_start_matches('-') } else { &formatted };
                assert_eq!(fixed_point(value, digits), expected, "{value} to {digits}");
            }
        }
        assert_eq!(fixed_point(2.25, 1), "2.3");
        assert_eq!(fixed_point(-12.04631, 5), "-12.04631");
        assert_eq!(fixed_point(f64::NAN, 1), "0");
        assert_eq!(LatLon::new(-12.0464, -77.0428).geo_uri(), "geo:-12.04640,-77.04280?q=-12.04640,-77.04280");
    }

    #[test]
    fn known_distances() {
        // Lima (Plaza Mayor) to Cusco (Plaza de Armas): about 573 km in a straight line.
        let lima = LatLon::new(-12.0453, -77.0311);
        let cusco = LatLon::new(-13.5164, -71.9785);
        let km = lima.km_to(cusco);
        assert!((565.0..580.0).contains(&km), "{km}");
        assert_eq!(lima.km_to(lima), 0.0);
        assert!((lima.km_to(cusco) - cusco.km_to(lima)).abs() < 1e-9);
        // One hundredth of a degree of latitude is about 1.11 km anywhere.
        let km = LatLon::new(-12.0, -77.0).km_to(LatLon::new(-12.01, -77.0));
        assert!((km - 1.112).abs() < 0.01, "{km}");
    }

    #[test]
    fn the_box_is_peru() {
        for (lat, lon, inside) in [
            (-12.05, -77.03, true),  // Lima
            (-3.75, -73.25, true),   // Iquitos
            (-18.01, -70.25, true),  // Tacna
            (12.05, -77.03, false),  // sign of latitude lost
            (-77.03, -12.05, false), // lat and lon swapped
            (-12.05, 77.03, false),  // sign of longitude lost
            (0.0, 0.0, false),       // the usual placeholder
        ] {
            assert_eq!(LatLon::new(lat, lon).in_peru(), inside, "{lat},{lon}");
        }
    }

    #[test]
    fn chord_order_is_haversine_order() {
        let o = LatLon::new(-12.0, -77.0);
        let ov = o.unit_vector();
        let mut pts: Vec<LatLon> =
            (0..50).map(|i| LatLon::new(-18.0 + i as f64 * 0.35, -81.0 + (i * 7 % 50) as f64 * 0.25)).collect();
        pts.sort_by(|a, b| chord2(&ov, &a.unit_vector()).total_cmp(&chord2(&ov, &b.unit_vector())));
        for w in pts.windows(2) {
            assert!(o.km_to(w[0]) <= o.km_to(w[1]) + 1e-9);
        }
    }
}
