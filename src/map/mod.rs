//! The SVG map of the 53 districts.

mod district_map;
pub mod nav;
mod picker;
pub mod shapes;
pub mod touch;

pub use district_map::DistrictMap;
pub use picker::NearbyPicker;
pub use shapes::{provide_shapes, use_shapes, Shapes};
pub use touch::districts_containing;
