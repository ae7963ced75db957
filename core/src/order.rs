//! Sorting for the app's short lists.

/// Sorts `items` so that `before(a, b)` holds for no later `a` and earlier `b`, keeping the
/// order of equal items (a stable insertion sort).
///
/// Every list sorted in the app holds at most a few dozen items. The standard library's sort
/// is built for large slices and adds about 4 kB of wasm for each element type it sorts.
pub fn stable_sort_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // the standard sort as the reference
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..40)) {
            // Pair each key with its position so that stability is visible.
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std_sorted = ours.clone();
            stable_sort_by(&mut ours, |a, b| a.0 < b.0);
            std_sorted.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
