//! Putting short lists in order without a sort.
//!
//! Each `sort_by` on a new element type adds its own copy of the standard sort to the
//! widget, about 4 KB before compression (see docs/ARCHITECTURE.md, "Size"). The lists
//! the widget orders are short (a few contacts, a few hundred district matches), so
//! placing each item by binary search costs nothing noticeable and adds almost no code.

/// The items in ascending `key` order, stable: equal keys keep their input order, as
/// `sort_by` would give.
pub fn in_order_by_key<T, K: PartialOrd>(items: impl IntoIterator<Item = T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut ordered: Vec<T> = Vec::new();
    for item in items {
        let item_key = key(&item);
        let at = ordered.partition_point(|placed| key(placed) <= item_key);
        ordered.insert(at, item);
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_a_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut sorted = items.clone();
            sorted.sort_by_key(|&(key, _)| key);
            prop_assert_eq!(in_order_by_key(items, |&(key, _)| key), sorted);
        }
    }
}
