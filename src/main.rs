fn main() {
    ruta::boot();
}
