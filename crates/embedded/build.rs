//! Links the judge to the machine's CPython shared library, with an rpath
//! to it, so that the built binary runs without LD_LIBRARY_PATH.

fn main() {
    let config = pyo3_build_config::get();
    if !config.shared() {
        panic!(
            "\n\nThe embedded runner links CPython's shared library (libpython3.x.so), and the Python \
             pyo3 found ({}) was built without one.\nInstall the shared library (Debian/Ubuntu: \
             `apt install libpython3-dev`; pyenv: `env PYTHON_CONFIGURE_OPTS=--enable-shared pyenv install ...`), \
             point PYO3_PYTHON at a Python that has it, or build the judge without the embedded runner: \
             `cargo build --no-default-features`.\n",
            config.executable().unwrap_or("python3")
        );
    }
    if let Some(dir) = config.lib_dir() {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
        // for the judge binary's own build script
        println!("cargo:LIB_DIR={dir}");
    }
}
