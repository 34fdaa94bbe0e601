//! The palindrome inputs both benchmarks judge (`#[path]`-included by
//! benches/runners.rs and benches/judge_side.rs).

/// ~20-character strings, a third of them not palindromes, deterministic.
pub fn inputs(n: usize) -> Vec<String> {
    let alphabet: Vec<char> = "abcAB ,.".chars().collect();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|i| {
            let half: String = (0..10)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let mirrored: String = half.chars().rev().collect();
            if i % 3 == 0 {
                format!("{half}x{half}")
            } else {
                format!("{half}{mirrored}")
            }
        })
        .collect()
}
