extension Array where Element == Day {
    /// How many of these days, sorted ascending, fall on or before `day` (a binary search): the
    /// index of the state, period or stretch of days that holds `day`.
    func countOnOrBefore(_ day: Day) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
