//! The embedded runner's memory limit: CPython's raw allocator and its
//! arena allocator are wrapped, so that every byte Python asks the system
//! for is counted, and an allocation past the budget fails the way a real
//! shortage does (MemoryError).
//!
//! Small objects live in arenas (counted whole); bigger ones come from the
//! raw allocator (counted by `malloc_usable_size`, so that blocks allocated
//! before the hooks were installed can be freed through them too).

use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

use pyo3::ffi;

/// Bytes Python holds from the system through the wrapped allocators (may
/// go below zero: blocks from before the hooks are freed through them).
static CURRENT: AtomicIsize = AtomicIsize::new(0);
/// The highest `CURRENT` since the last `start_case`.
static PEAK: AtomicIsize = AtomicIsize::new(0);
/// Allocations fail past `BASELINE + BUDGET` while armed.
static ARMED: AtomicBool = AtomicBool::new(false);
static BASELINE: AtomicIsize = AtomicIsize::new(0);
static BUDGET: AtomicIsize = AtomicIsize::new(isize::MAX);

/// The allocators the hooks call through to.
static mut RAW: ffi::PyMemAllocatorEx = ffi::PyMemAllocatorEx {
    ctx: std::ptr::null_mut(),
    malloc: None,
    calloc: None,
    realloc: None,
    free: None,
};
static mut ARENA: ffi::PyObjectArenaAllocator = ffi::PyObjectArenaAllocator {
    ctx: std::ptr::null_mut(),
    alloc: None,
    free: None,
};

fn usable(ptr: *mut c_void) -> isize {
    if ptr.is_null() {
        0
    } else {
        // SAFETY: ptr came from the system malloc (checked at install time).
        unsafe { libc::malloc_usable_size(ptr) as isize }
    }
}

/// Whether `extra` more bytes fit.
fn admits(extra: usize) -> bool {
    if !ARMED.load(Ordering::Relaxed) {
        return true;
    }
    let used = CURRENT.load(Ordering::Relaxed) - BASELINE.load(Ordering::Relaxed);
    used.saturating_add(extra as isize) <= BUDGET.load(Ordering::Relaxed)
}

fn count(delta: isize) {
    let now = CURRENT.fetch_add(delta, Ordering::Relaxed) + delta;
    if delta > 0 {
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

extern "C" fn raw_malloc(_: *mut c_void, size: usize) -> *mut c_void {
    if !admits(size) {
        return std::ptr::null_mut();
    }
    // SAFETY: RAW was filled by PyMem_GetAllocator before the hooks went in.
    let ptr = unsafe { (RAW.malloc.expect("raw malloc"))(RAW.ctx, size) };
    count(usable(ptr));
    ptr
}

extern "C" fn raw_calloc(_: *mut c_void, n: usize, size: usize) -> *mut c_void {
    if !admits(n.saturating_mul(size)) {
        return std::ptr::null_mut();
    }
    // SAFETY: as in raw_malloc.
    let ptr = unsafe { (RAW.calloc.expect("raw calloc"))(RAW.ctx, n, size) };
    count(usable(ptr));
    ptr
}

extern "C" fn raw_realloc(_: *mut c_void, ptr: *mut c_void, size: usize) -> *mut c_void {
    let before = usable(ptr);
    if size as isize > before && !admits(size - before as usize) {
        return std::ptr::null_mut();
    }
    // SAFETY: as in raw_malloc.
    let new = unsafe { (RAW.realloc.expect("raw realloc"))(RAW.ctx, ptr, size) };
    if !new.is_null() {
        count(usable(new) - before);
    }
    new
}

extern "C" fn raw_free(_: *mut c_void, ptr: *mut c_void) {
    count(-usable(ptr));
    // SAFETY: as in raw_malloc.
    unsafe { (RAW.free.expect("raw free"))(RAW.ctx, ptr) }
}

extern "C" fn arena_alloc(_: *mut c_void, size: usize) -> *mut c_void {
    if !admits(size) {
        return std::ptr::null_mut();
    }
    // SAFETY: ARENA was filled by PyObject_GetArenaAllocator.
    let ptr = unsafe { (ARENA.alloc.expect("arena alloc"))(ARENA.ctx, size) };
    if !ptr.is_null() {
        count(size as isize);
    }
    ptr
}

extern "C" fn arena_free(_: *mut c_void, ptr: *mut c_void, size: usize) {
    count(-(size as isize));
    // SAFETY: as in arena_alloc.
    unsafe { (ARENA.free.expect("arena free"))(ARENA.ctx, ptr, size) }
}

/// Installs the counting allocators; call once, with the GIL, before any
/// solution runs. Returns false (and installs nothing) when the raw
/// allocator is not the system malloc (a debug build, or PYTHONMALLOC set),
/// which the counting relies on.
pub(crate) fn install() -> bool {
    if std::env::var_os("PYTHONMALLOC").is_some() {
        return false;
    }
    // SAFETY: called once, on the Python thread with the GIL held; the
    // statics are written before the hooks that read them are installed.
    unsafe {
        let raw = &raw mut RAW;
        ffi::PyMem_GetAllocator(ffi::PyMemAllocatorDomain::PYMEM_DOMAIN_RAW, raw);
        let mut hooks = ffi::PyMemAllocatorEx {
            ctx: std::ptr::null_mut(),
            malloc: Some(raw_malloc),
            calloc: Some(raw_calloc),
            realloc: Some(raw_realloc),
            free: Some(raw_free),
        };
        ffi::PyMem_SetAllocator(ffi::PyMemAllocatorDomain::PYMEM_DOMAIN_RAW, &mut hooks);
        let arena = &raw mut ARENA;
        ffi::PyObject_GetArenaAllocator(arena);
        let mut arena_hooks = ffi::PyObjectArenaAllocator {
            ctx: std::ptr::null_mut(),
            alloc: Some(arena_alloc),
            free: Some(arena_free),
        };
        ffi::PyObject_SetArenaAllocator(&mut arena_hooks);
    }
    true
}

/// Limits what the next solution may allocate to `bytes` more than now.
pub(crate) fn set_budget(bytes: u64) {
    BASELINE.store(CURRENT.load(Ordering::Relaxed), Ordering::Relaxed);
    BUDGET.store(isize::try_from(bytes).unwrap_or(isize::MAX), Ordering::Relaxed);
}

/// Enforces the budget (only while the solution's code runs).
pub(crate) fn arm(on: bool) {
    ARMED.store(on, Ordering::Relaxed);
}

/// Starts a case's peak measurement.
pub(crate) fn start_case() {
    PEAK.store(CURRENT.load(Ordering::Relaxed), Ordering::Relaxed);
}

/// The most the solution has held (above its baseline) since `start_case`, in KiB.
pub(crate) fn peak_kb() -> u64 {
    let used = PEAK.load(Ordering::Relaxed) - BASELINE.load(Ordering::Relaxed);
    (used.max(0) / 1024) as u64
}
