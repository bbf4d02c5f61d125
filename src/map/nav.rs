//! Keyboard navigation between districts: which district lies "to the left" of another.
//! Pure geometry on the label points, so it is tested natively.

/// An arrow-key direction on the map (SVG y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction for a `KeyboardEvent.key`, if it is an arrow key.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// The point nearest to `points[from]` in `dir`: among the points ahead (within 60° of the
/// direction), the one with the smallest distance, where sideways offset counts double so
/// that "right" prefers what is straight to the right over what is far up and right.
pub fn neighbour(points: &[[u16; 2]], from: usize, dir: Direction) -> Option<usize> {
    let origin = points.get(from)?;
    let (ux, uy) = dir.unit();
    points
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != from)
        .filter_map(|(i, p)| {
            let dx = f64::from(p[0]) - f64::from(origin[0]);
            let dy = f64::from(p[1]) - f64::from(origin[1]);
            let ahead = dx * ux + dy * uy;
            let side = (dx * uy - dy * ux).abs();
            // tan(60°) ≈ 1.73: wide enough that every district has a neighbour somewhere.
            (ahead > 0.0 && side <= ahead * 1.73).then_some((i, ahead + 2.0 * side))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{district_index, DISTRICTS};

    fn labels() -> Vec<[u16; 2]> {
        DISTRICTS.iter().map(|d| d.label).collect()
    }

    fn step(from: &str, dir: Direction) -> &'static str {
        let i = neighbour(&labels(), district_index(from).unwrap(), dir).expect("a neighbour");
        DISTRICTS[i].ags
    }

    #[test]
    fn a_grid_moves_to_the_adjacent_point() {
        let pts = [[10, 10], [20, 10], [10, 20], [0, 10], [10, 0]];
        assert_eq!(neighbour(&pts, 0, Direction::Right), Some(1));
        assert_eq!(neighbour(&pts, 0, Direction::Down), Some(2));
        assert_eq!(neighbour(&pts, 0, Direction::Left), Some(3));
        assert_eq!(neighbour(&pts, 0, Direction::Up), Some(4));
        assert_eq!(neighbour(&pts, 1, Direction::Right), None);
    }

    #[test]
    fn moving_east_from_dortmund_never_goes_west() {
        let dortmund = DISTRICTS[district_index("05913").unwrap()].label;
        let next = DISTRICTS[district_index(step("05913", Direction::Right)).unwrap()].label;
        assert!(next[0] > dortmund[0]);
    }

    #[test]
    fn every_district_is_reachable_from_koeln_with_arrow_keys() {
        let pts = labels();
        let start = district_index("05315").unwrap();
        let mut seen = vec![false; pts.len()];
        let mut todo = vec![start];
        seen[start] = true;
        while let Some(i) = todo.pop() {
            for dir in [
                Direction::Left,
                Direction::Right,
                Direction::Up,
                Direction::Down,
            ] {
                if let Some(j) = neighbour(&pts, i, dir) {
                    if !seen[j] {
                        seen[j] = true;
                        todo.push(j);
                    }
                }
            }
        }
        let missing: Vec<_> = (0..pts.len())
            .filter(|&i| !seen[i])
            .map(|i| DISTRICTS[i].name)
            .collect();
        assert!(missing.is_empty(), "not reachable: {missing:?}");
    }

    #[test]
    fn unknown_keys_are_not_directions() {
        assert_eq!(Direction::from_key("ArrowUp"), Some(Direction::Up));
        assert_eq!(Direction::from_key("Enter"), None);
    }
}
