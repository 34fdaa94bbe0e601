use super::*;

/// A small deterministic generator (xorshift), for noise.
struct Noise(u64);

impl Noise {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A factor within `1 +- spread`.
    fn factor(&mut self, spread: f64) -> f64 {
        1.0 + spread * (2.0 * self.unit() - 1.0)
    }
}

fn doubling(from: u64, count: u32) -> Vec<u64> {
    (0..count).map(|i| from << i).collect()
}

/// Times of `class` at `sizes`: `per_call` ms of overhead, scaled so the
/// largest size costs `largest_ms`, each time off by up to `spread`.
fn curve(class: Class, sizes: &[u64], per_call: f64, largest_ms: f64, spread: f64, noise: &mut Noise) -> Vec<Point> {
    let top = class.shape(*sizes.last().unwrap() as f64);
    sizes
        .iter()
        .map(|&n| Point {
            n,
            ms: (per_call + (largest_ms - per_call) * class.shape(n as f64) / top) * noise.factor(spread),
        })
        .collect()
}

fn sizes_for(class: Class) -> Vec<u64> {
    match class {
        Class::Exponential => (12..=22).step_by(2).collect(),
        Class::Cubic => doubling(25, 6),
        Class::Quadratic => doubling(250, 7),
        _ => doubling(1000, 8),
    }
}

#[test]
fn clean_curves_are_told_exactly() {
    let mut noise = Noise(1);
    for class in Class::ALL {
        let points = curve(class, &sizes_for(class), 0.05, 400.0, 0.0, &mut noise);
        let estimate = fit(&points).unwrap();
        assert_eq!(estimate.best.class, class, "{points:?}");
        assert_eq!(estimate.confidence, 1.0, "{class}");
    }
}

#[test]
fn noisy_curves_land_within_one_class_and_mostly_on_it() {
    // up to 15% off on every time (5% for the flat classes, which only
    // times that precise can tell apart), a per-call overhead, many seeds
    let mut exact = 0;
    let mut total = 0;
    for seed in 1..=40u64 {
        let mut noise = Noise(seed * 7919);
        for class in Class::ALL {
            let spread = if class <= Class::Logarithmic { 0.05 } else { 0.15 };
            let points = curve(class, &sizes_for(class), 0.2, 300.0, spread, &mut noise);
            let got = fit(&points).unwrap().best.class;
            assert!(
                got.within_one_of(class),
                "seed {seed}: {class} estimated as {got}: {points:?}"
            );
            total += 1;
            exact += usize::from(got == class);
        }
    }
    assert!(exact * 100 >= total * 85, "{exact} of {total} exact");
}

#[test]
fn one_spoiled_time_does_not_decide() {
    let mut noise = Noise(3);
    for class in [Class::Linear, Class::Quadratic, Class::Linearithmic] {
        let mut points = curve(class, &sizes_for(class), 0.1, 500.0, 0.05, &mut noise);
        // a busy machine made one middle size three times slower
        points[3].ms *= 3.0;
        assert_eq!(fit(&points).unwrap().best.class, class, "{points:?}");
    }
}

#[test]
fn a_uniformly_slower_machine_changes_nothing() {
    let mut noise = Noise(11);
    let points = curve(
        Class::Linearithmic,
        &sizes_for(Class::Linearithmic),
        0.1,
        200.0,
        0.05,
        &mut noise,
    );
    let slower: Vec<Point> = points.iter().map(|p| Point { n: p.n, ms: p.ms * 4.0 }).collect();
    let (a, b) = (fit(&points).unwrap(), fit(&slower).unwrap());
    assert_eq!(a.best.class, b.best.class);
    assert!((a.confidence - b.confidence).abs() < 1e-9);
}

#[test]
fn overhead_alone_is_constant_time() {
    // a solution whose work is lost in the cost of a call
    let mut noise = Noise(5);
    let points: Vec<Point> = doubling(1000, 7)
        .into_iter()
        .map(|n| Point {
            n,
            ms: 0.3 * noise.factor(0.1),
        })
        .collect();
    let got = fit(&points).unwrap().best.class;
    assert!(got.within_one_of(Class::Constant), "{got}");
}

#[test]
fn too_few_sizes_or_impossible_times_are_refused() {
    let p = |n, ms| Point { n, ms };
    assert_eq!(
        fit(&[p(1, 1.0), p(2, 2.0), p(2, 2.1), p(4, 4.0)]),
        Err(FitError::TooFewSizes(3))
    );
    assert!(matches!(
        fit(&[p(1, 1.0), p(2, 0.0), p(4, 4.0), p(8, 8.0)]),
        Err(FitError::BadTime { n: 2, .. })
    ));
    assert!(fit(&[p(1, 1.0), p(2, f64::NAN), p(4, 4.0), p(8, 8.0)]).is_err());
}

#[test]
fn classes_are_spelled_one_way_and_read_leniently() {
    for class in Class::ALL {
        assert_eq!(Class::parse(class.notation()), Some(class));
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.notation()));
        assert_eq!(serde_json::from_str::<Class>(&json).unwrap(), class);
    }
    assert_eq!(Class::parse("o(N LOG N)"), Some(Class::Linearithmic));
    assert_eq!(Class::parse("O(n²)"), Some(Class::Quadratic));
    assert_eq!(Class::parse("O(n**3)"), Some(Class::Cubic));
    assert_eq!(Class::parse("O(n!)"), None);
    assert!(Class::Linear.within_one_of(Class::Linearithmic));
    assert!(!Class::Linear.within_one_of(Class::Quadratic));
}

#[test]
fn four_points_still_have_a_confidence() {
    let points: Vec<Point> = doubling(500, 4)
        .into_iter()
        .map(|n| Point {
            n,
            ms: (n * n) as f64 * 1e-5,
        })
        .collect();
    let estimate = fit(&points).unwrap();
    assert_eq!(estimate.best.class, Class::Quadratic);
    assert!(estimate.confidence > 0.5, "{}", estimate.confidence);
}

#[test]
fn claims_are_read_as_people_type_them() {
    for class in Class::ALL {
        assert_eq!(Class::parse_claim(class.notation()), Some(class));
    }
    let read = |text: &str| Class::parse_claim(text);
    assert_eq!(read("n"), Some(Class::Linear));
    assert_eq!(read(" linear "), Some(Class::Linear));
    assert_eq!(read("O(N)"), Some(Class::Linear));
    assert_eq!(read("nlogn"), Some(Class::Linearithmic));
    assert_eq!(read("O(n * log(n))"), Some(Class::Linearithmic));
    assert_eq!(read("n lg n"), Some(Class::Linearithmic));
    assert_eq!(read("log n"), Some(Class::Logarithmic));
    assert_eq!(read("O(n²)"), Some(Class::Quadratic));
    assert_eq!(read("n**2"), Some(Class::Quadratic));
    assert_eq!(read("Quadratic"), Some(Class::Quadratic));
    assert_eq!(read("O(2^n)"), Some(Class::Exponential));
    assert_eq!(read("Θ(1)"), None);
    assert_eq!(read("O(n!)"), None);
    assert_eq!(read("fast"), None);
    assert_eq!(read(""), None);
}
