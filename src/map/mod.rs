//! The SVG map of the 53 districts.

mod district_map;
pub mod nav;
pub mod shapes;

pub use district_map::DistrictMap;
pub use shapes::{provide_shapes, use_shapes, Shapes};
