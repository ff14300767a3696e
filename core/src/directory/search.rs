//! Nearest-place search and the district type-ahead.

use super::{Capital, Department, Directory, District, Kind, Province, Service, UnknownDistrict};
use crate::config::Ubigeo;
use crate::geo::{chord2, LatLon};
use crate::order::in_order_by_key;

/// Which places a search returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindFilter {
    /// Every CEM, whatever its setting.
    Cem,
    Police,
    Sau,
    Sar,
    Any,
}

impl KindFilter {
    /// Reads `cem`, `police`, `sau`, `sar` or `any`.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "cem" => KindFilter::Cem,
            "police" => KindFilter::Police,
            "sau" => KindFilter::Sau,
            "sar" => KindFilter::Sar,
            "any" => KindFilter::Any,
            _ => return None,
        })
    }

    /// The filter read plainly, one kind at a time: the tests' oracle for the bit masks
    /// the search uses.
    #[cfg(test)]
    pub fn matches(&self, kind: Kind) -> bool {
        matches!(
            (self, kind),
            (KindFilter::Any, _)
                | (KindFilter::Cem, Kind::Cem(_))
                | (KindFilter::Police, Kind::Police)
                | (KindFilter::Sau, Kind::Sau)
                | (KindFilter::Sar, Kind::Sar)
        )
    }

    fn bit(kind: Kind) -> u8 {
        match kind {
            Kind::Cem(_) => 1,
            Kind::Police => 2,
            Kind::Sau => 4,
            Kind::Sar => 8,
        }
    }

    fn mask(&self) -> u8 {
        match self {
            KindFilter::Cem => 1,
            KindFilter::Police => 2,
            KindFilter::Sau => 4,
            KindFilter::Sar => 8,
            KindFilter::Any => 0xff,
        }
    }
}

/// One result of [`Directory::nearest`].
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'d> {
    pub service: &'d Service<'d>,
    /// Straight-line (haversine) distance, km.
    pub km: f64,
}

/// One result of [`Directory::search_districts`]: the district and its path.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictMatch<'d> {
    pub district: &'d District<'d>,
    pub province: &'d Province<'d>,
    pub department: &'d Department<'d>,
}

impl DistrictMatch<'_> {
    pub fn ubigeo(&self) -> Ubigeo {
        self.district.ubigeo
    }

    /// "VILLA EL SALVADOR, LIMA, LIMA": district, province, department.
    pub fn path(&self) -> String {
        format!("{}, {}, {}", self.district.name, self.province.name, self.department.name)
    }
}

/// Precomputed at parse time: unit vectors and kind bits in flat arrays (so the scan
/// touches 32 bytes a place), and folded district names in one string.
#[derive(Debug, Default)]
pub(super) struct Index {
    points: Vec<[f64; 3]>,
    kinds: Vec<u8>,
    folded: String,
    /// End offset in `folded` of each district's name; names are separated by '\n'.
    folded_ends: Vec<u32>,
    /// For each district, the index of its province and department.
    parents: Vec<(u16, u8)>,
}

impl Index {
    pub(super) fn build(
        services: &[Service<'_>],
        districts: &[District<'_>],
        provinces: &[Province<'_>],
        departments: &[Department<'_>],
    ) -> Self {
        let mut folded = String::with_capacity(districts.iter().map(|d| d.name.len() + 1).sum());
        let mut folded_ends = Vec::with_capacity(districts.len());
        let mut parents = Vec::with_capacity(districts.len());
        for d in districts {
            fold_into(d.name, &mut folded);
            folded_ends.push(folded.len() as u32);
            folded.push('\n');
            let p = provinces.binary_search_by_key(&d.ubigeo.province(), |p| p.code).expect("validated");
            let q = departments.binary_search_by_key(&d.ubigeo.department(), |q| q.code).expect("validated");
            parents.push((p as u16, q as u8));
        }
        Index {
            points: services.iter().map(|s| s.location.unit_vector()).collect(),
            kinds: services.iter().map(|s| KindFilter::bit(s.kind)).collect(),
            folded,
            folded_ends,
            parents,
        }
    }
}

/// Lower case without accents: "Ñaña" and "NANA" both become "nana". Only the letters
/// Peruvian place names use are mapped; any other non-ASCII letter is kept as is.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ñ' | 'Ñ' => 'n',
            // ASCII only: the full Unicode case tables would cost the widget kilobytes
            // for letters no Peruvian place name uses.
            c => c.to_ascii_lowercase(),
        };
        out.push(c);
    }
}

impl<'a> Directory<'a> {
    /// The `limit` places of the chosen kinds closest to `from`, nearest first.
    ///
    /// The scan ranks by squared chord on the unit sphere (no trigonometry per place)
    /// and keeps the best `limit` in a small sorted buffer; only the winners get their
    /// haversine distance computed.
    pub fn nearest(&self, from: LatLon, filter: KindFilter, limit: usize) -> Vec<Hit<'_>> {
        if limit == 0 {
            return Vec::new();
        }
        let origin = from.unit_vector();
        let mask = filter.mask();
        // A limit above the number of places (`usize::MAX` for "all") must not size the
        // buffer: `limit + 1` would overflow and a huge capacity abort.
        let mut best: Vec<(f64, u32)> = Vec::with_capacity(limit.min(self.index.points.len()) + 1);
        for (i, (point, kind)) in self.index.points.iter().zip(&self.index.kinds).enumerate() {
            if kind & mask == 0 {
                continue;
            }
            let d = chord2(&origin, point);
            if best.len() == limit && d >= best[limit - 1].0 {
                continue;
            }
            let at = best.partition_point(|&(b, _)| b <= d);
            best.insert(at, (d, i as u32));
            best.truncate(limit);
        }
        best.into_iter()
            .map(|(_, i)| {
                let service = &self.services[i as usize];
                Hit { service, km: from.km_to(service.location) }
            })
            .collect()
    }

    /// [`Directory::nearest`] from a district's capital (or its fallback), which is returned too.
    pub fn nearest_to_district(
        &self,
        ubigeo: Ubigeo,
        filter: KindFilter,
        limit: usize,
    ) -> Result<(Capital, Vec<Hit<'_>>), UnknownDistrict> {
        let capital = self.capital_of(ubigeo)?;
        Ok((capital, self.nearest(capital.at, filter, limit)))
    }

    /// Type-ahead over district names, ignoring case and accents: names that start with
    /// the query first, then names with a word that starts with it, then any other
    /// match; alphabetical within each group.
    pub fn search_districts(&self, query: &str, limit: usize) -> Vec<DistrictMatch<'_>> {
        let mut q = String::with_capacity(query.len());
        for (n, word) in query.split_whitespace().enumerate() {
            if n > 0 {
                q.push(' ');
            }
            fold_into(word, &mut q);
        }
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        // One pass of a fast substring search over all names at once (they are joined
        // by '\n', which a query never holds), instead of one search per district.
        let mut found: Vec<(u8, u32)> = Vec::new();
        let ends = &self.index.folded_ends;
        for (at, _) in self.index.folded.match_indices(q.as_str()) {
            let i = ends.partition_point(|&end| (end as usize) < at);
            let start = if i == 0 { 0 } else { ends[i - 1] as usize + 1 };
            let rank = if at == start {
                0
            } else if matches!(self.index.folded.as_bytes()[at - 1], b' ' | b'-') {
                1
            } else {
                2
            };
            match found.last_mut() {
                Some(last) if last.1 == i as u32 => last.0 = last.0.min(rank),
                _ => found.push((rank, i as u32)),
            }
        }
        // Into (rank, name) order, stable among equal names (so in code order).
        in_order_by_key(found, |&(rank, i)| (rank, self.areas.districts[i as usize].name))
            .into_iter()
            .take(limit)
            .map(|(_, i)| {
                let (p, d) = self.index.parents[i as usize];
                DistrictMatch {
                    district: &self.areas.districts[i as usize],
                    province: &self.areas.provinces[p as usize],
                    department: &self.areas.departments[d as usize],
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;

    /// The one-by-one placement gives exactly what a stable sort by (rank, name) gives.
    #[test]
    fn matches_come_in_the_order_a_stable_sort_gives() {
        let dir = Directory::bundled();
        for query in ["a", "an", "san", "sa", "ma", "o", "rosa", "pampa", "de", "ñ"] {
            let got: Vec<Ubigeo> = dir.search_districts(query, usize::MAX).iter().map(|m| m.district.ubigeo).collect();
            let q = fold(query);
            let mut want: Vec<(u8, &District)> = dir
                .areas
                .districts
                .iter()
                .filter_map(|d| {
                    let name = fold(d.name);
                    let at = name.find(&q)?;
                    let word_start = name.split([' ', '-']).any(|w| w.starts_with(&q));
                    Some((
                        if at == 0 {
                            0
                        } else if word_start {
                            1
                        } else {
                            2
                        },
                        d,
                    ))
                })
                .collect();
            want.sort_by(|a, b| (a.0, a.1.name).cmp(&(b.0, b.1.name)));
            let want: Vec<Ubigeo> = want.iter().map(|(_, d)| d.ubigeo).collect();
            assert!(!got.is_empty(), "{query}");
            assert_eq!(got, want, "{query}");
        }
    }
}
