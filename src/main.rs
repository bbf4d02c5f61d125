fn main() {
    wegweiser::start();
}
