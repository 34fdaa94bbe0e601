//! With the embedded runner, the judge links CPython's shared library: an
//! rpath to it lets the built binary (and the tests) run without
//! LD_LIBRARY_PATH. crates/embedded/build.rs finds the library (and
//! explains what to install when there is none).

fn main() {
    println!("cargo:rerun-if-env-changed=DEP_JUDGE_PYTHON_LIB_DIR");
    if let Ok(dir) = std::env::var("DEP_JUDGE_PYTHON_LIB_DIR") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
