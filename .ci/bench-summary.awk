# Summarises `go test -bench -benchmem -count N` output: for each benchmark, the min–median–max
# time per operation over its runs, and the median memory allocated and allocations per
# operation. Used by make bench.
/^pkg: / { pkg = $2 }
/^Benchmark/ && / ns\/op/ {
	name = pkg "." $1
	sub(/-[0-9]+$/, "", name)
	if (!(name in n)) order[++count] = name
	k = ++n[name]
	for (i = 3; i < NF; i++) {
		if ($(i + 1) == "ns/op") t[name, k] = $i
		if ($(i + 1) == "B/op") mem[name, k] = $i
		if ($(i + 1) == "allocs/op") allocs[name, k] = $i
	}
}
function sorted(arr, name, k,    i, j, x) {
	for (i = 1; i <= k; i++) v[i] = arr[name, i] + 0
	for (i = 2; i <= k; i++) {
		x = v[i]
		for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]
		v[j + 1] = x
	}
}
function ms(ns) { return ns >= 1e7 ? sprintf("%.0f", ns / 1e6) : ns >= 1e5 ? sprintf("%.2f", ns / 1e6) : sprintf("%.4f", ns / 1e6) }
END {
	printf "%-70s %5s %26s %12s %10s\n", "benchmark", "runs", "ms/op min–median–max", "MB/op", "allocs/op"
	for (o = 1; o <= count; o++) {
		name = order[o]; k = n[name]
		sorted(t, name, k); lo = v[1]; med = v[int((k + 1) / 2)]; hi = v[k]
		sorted(mem, name, k); m = v[int((k + 1) / 2)]
		sorted(allocs, name, k); a = v[int((k + 1) / 2)]
		printf "%-70s %5d %26s %12.2f %10d\n", name, k, ms(lo) "–" ms(med) "–" ms(hi), m / 1048576, a
	}
}
