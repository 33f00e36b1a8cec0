//! The rows a table shows, filtered and sorted, kept between frames and moved row by row when
//! a record is typed in.

use std::sync::Arc;

use super::{Column, TableState, TableView};

/// What the rows shown were computed from.
#[derive(Clone, PartialEq)]
pub(super) struct CacheKey {
    revision: u64,
    len: usize,
    filter: String,
    sort: Option<(usize, bool)>,
}

/// True when `r` has a cell containing `needle` (already lower-case; empty matches all).
fn passes<R>(r: &R, columns: &[Column<'_, R>], needle: &str) -> bool {
    needle.is_empty()
        || columns
            .iter()
            .any(|c| (c.cell)(r).to_lowercase().contains(needle))
}

impl TableState {
    /// The indices of the rows shown, filtered and sorted. Kept between frames; when the only
    /// change since is one record replaced in place (typing in its form), that record alone is
    /// taken out and put back where it now belongs, without filtering or sorting the others.
    pub fn rows_shown<R>(&mut self, table: &TableView<'_, '_, R>) -> Arc<Vec<usize>> {
        let TableView {
            rows,
            columns,
            revision,
            replaced_since,
            ..
        } = *table;
        let key = CacheKey {
            revision,
            len: rows.len(),
            filter: self.filter.clone(),
            sort: self.sort,
        };
        let needle = self.filter.trim().to_lowercase();
        let sort = self
            .sort
            .and_then(|(col, ascending)| Some((columns.get(col)?, ascending)));
        let moved = match &self.cache {
            Some((k, _)) if *k == key => return self.shared(),
            Some((k, _)) if k.len == key.len && k.filter == key.filter && k.sort == key.sort => {
                replaced_since(k.revision)
            }
            _ => None,
        };
        if let (Some(i), Some((k, idx))) = (moved, &mut self.cache) {
            let idx = Arc::make_mut(idx);
            let shown = rows.get(i).filter(|r| passes(*r, columns, &needle));
            // True when row `j` comes before the replaced row in the order shown.
            let before = |j: usize| match (sort, shown) {
                (Some((c, ascending)), Some(r)) => {
                    let (new, other) = ((c.sort_key(r), i), (c.sort_key(&rows[j]), j));
                    if ascending { other < new } else { other > new }
                }
                _ => j < i,
            };
            let old = match sort {
                None => idx.binary_search(&i).ok(),
                Some(_) => idx.iter().position(|&x| x == i),
            };
            match (old, shown) {
                (Some(p), Some(_)) => {
                    // Typing in a form rarely moves the row: then nothing is copied.
                    let fits = (p == 0 || before(idx[p - 1]))
                        && idx.get(p + 1).is_none_or(|&next| !before(next));
                    if !fits {
                        idx.remove(p);
                        let at = idx.partition_point(|&j| before(j));
                        idx.insert(at, i);
                    }
                }
                (Some(p), None) => {
                    idx.remove(p);
                }
                (None, Some(_)) => {
                    let at = idx.partition_point(|&j| before(j));
                    idx.insert(at, i);
                }
                (None, None) => {}
            }
            *k = key;
        } else {
            let mut idx: Vec<usize> = (0..rows.len())
                .filter(|&i| passes(&rows[i], columns, &needle))
                .collect();
            if let Some((c, ascending)) = sort {
                idx.sort_by_cached_key(|&i| c.sort_key(&rows[i]));
                if !ascending {
                    idx.reverse();
                }
            }
            self.cache = Some((key, Arc::new(idx)));
        }
        self.shared()
    }

    /// The cached indices, shared, not copied: 100 000 indices every frame would cost more
    /// than the drawing.
    fn shared(&self) -> Arc<Vec<usize>> {
        self.cache
            .as_ref()
            .map_or_else(|| Arc::new(Vec::new()), |(_, v)| Arc::clone(v))
    }
}

#[cfg(test)]
mod tests {
    use super::super::SortKey;
    use super::*;

    fn view<'t>(
        rows: &'t [(String, i64)],
        columns: &'t [Column<'static, (String, i64)>],
        revision: u64,
        replaced_since: &'t dyn Fn(u64) -> Option<usize>,
    ) -> TableView<'t, 'static, (String, i64)> {
        TableView {
            id: "test",
            rows,
            columns,
            id_of: |r| r.0.as_str(),
            revision,
            replaced_since,
            editable: true,
            exportable: false,
            importable: false,
        }
    }

    /// Typing in a record's form moves that row alone; the rows shown must be those a full
    /// filter and sort would give, whatever the sort and the filter.
    #[test]
    fn a_replaced_row_lands_where_a_full_sort_puts_it() {
        let columns = [
            Column::new("name", 100.0, |r: &(String, i64)| r.0.clone()),
            Column::new("n", 50.0, |r: &(String, i64)| r.1.to_string())
                .sort_by(|r: &(String, i64)| SortKey::Int(r.1)),
        ];
        let mut seed = 7_u64;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for (sort, filter) in [
            (None, ""),
            (Some((1, true)), ""),
            (Some((1, false)), "a"),
            (Some((0, true)), "b"),
            (None, "c"),
        ] {
            let mut rows: Vec<(String, i64)> = (0..200)
                .map(|i| {
                    (
                        format!("r{}{}", ["a", "b", "c"][i % 3], next(50)),
                        (next(20) as i64),
                    )
                })
                .collect();
            let mut kept = TableState {
                sort,
                filter: filter.into(),
                ..TableState::default()
            };
            let none = |_: u64| None;
            kept.rows_shown(&view(&rows, &columns, 1, &none));
            for revision in 2..300_u64 {
                let i = next(rows.len() as u64) as usize;
                rows[i].1 = next(20) as i64;
                if next(2) == 0 {
                    rows[i].0 = format!("r{}{}", ["a", "b", "c"][next(3) as usize], next(50));
                }
                let since = |s: u64| (s == revision - 1).then_some(i);
                let moved = kept.rows_shown(&view(&rows, &columns, revision, &since));
                let mut fresh = TableState {
                    sort,
                    filter: filter.into(),
                    ..TableState::default()
                };
                let full = fresh.rows_shown(&view(&rows, &columns, revision, &none));
                assert_eq!(
                    moved, full,
                    "sort {sort:?}, filter {filter:?}, revision {revision}"
                );
            }
        }
    }
}
