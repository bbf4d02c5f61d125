//! The SVG map of the 53 districts.

mod district_map;
pub mod nav;
mod picker;
pub mod touch;

pub use district_map::DistrictMap;
pub use picker::NearbyPicker;
pub use touch::districts_containing;
