#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A per-thread slot: each thread that reads ``value`` gets an object of its own, made on its first
/// read and released when the thread exits.
///
/// SwiftGEOS keeps each thread's GEOS context in one, SwiftPROJ each thread's PROJ context, and the
/// Territory engine each thread's GEOS caches; any per-thread state that must not be shared
/// between threads, and must be freed with its thread, fits.
///
/// ```swift
/// final class Scratch { var buffer: [Double] = [] }
/// let scratch = ThreadLocal { Scratch() }
///
/// scratch.value.buffer.append(1)   // this thread's Scratch, made now
/// scratch.value.buffer.count       // 1: the same Scratch again
/// ```
///
/// The slot holds the one strong reference to each thread's value (unless the caller keeps
/// another), so a value's `deinit` runs once, on its own thread, when that thread exits. If that
/// `deinit` reads a slot whose value was already released during the thread's exit, as a GEOS
/// object being destroyed reads its thread's GEOS context, the read makes a new value, and the
/// thread's exit releases that one too (POSIX repeats its thread-exit destructors while any slot
/// is still set, up to `PTHREAD_DESTRUCTOR_ITERATIONS` rounds). The main thread's values are never
/// released: the process ends without running thread-exit destructors.
///
/// A value is meant to stay on its thread. Use it synchronously: don't keep it, or pass it
/// somewhere, past an `await`, after which the task may run on another thread while the value's
/// own thread uses it too.
///
/// Each slot takes one of the process's thread-specific keys (POSIX guarantees at least 128) and
/// keeps it for the life of the process, so declare slots once, as a `static let` or a global
/// constant, never one per instance of something: to keep state per instance and per thread, hold
/// a dictionary in one slot's value.
public struct ThreadLocal<Value: AnyObject>: Sendable {
    /// The POSIX thread-specific key whose per-thread pointer is the retained value.
    @usableFromInline let key: pthread_key_t
    /// Makes the calling thread's value on its first read.
    @usableFromInline let make: @Sendable () -> Value

    /// Creates a slot that gives each thread the object `make` returns on the thread's first read.
    ///
    /// - Parameter make: Called on a thread's first read of ``value``, on that thread, at most once
    ///   per thread (again only if a thread-exit destructor reads the slot after its value went).
    public init(_ make: @escaping @Sendable () -> Value) {
        var key = pthread_key_t()
        // The destructor releases the reference `value` retained. It cannot name `Value` (a C
        // function pointer captures no generic context), and need not: releasing the same object
        // as `AnyObject` drops the same reference.
        #if canImport(Darwin)
            let status = pthread_key_create(&key) { raw in
                Unmanaged<AnyObject>.fromOpaque(raw).release()
            }
        #else
            let status = pthread_key_create(&key) { raw in
                guard let raw else { return }
                Unmanaged<AnyObject>.fromOpaque(raw).release()
            }
        #endif
        precondition(status == 0, "pthread_key_create failed (\(status)): the process ran out of thread-specific keys")
        self.key = key
        self.make = make
    }

    /// The calling thread's value, made on the thread's first read and the same object on every
    /// later read from that thread.
    @inlinable public var value: Value {
        // Inlinable so that callers in other modules read their slot as directly as a hand-written
        // key would: the hot path is one `pthread_getspecific`.
        if let raw = pthread_getspecific(key) {
            return Unmanaged<Value>.fromOpaque(raw).takeUnretainedValue()
        }
        return makeValue()
    }

    /// Makes the calling thread's value and stores it, retained, in the thread's slot.
    @usableFromInline func makeValue() -> Value {
        let made = make()
        // The slot holds the one strong reference; the key's destructor drops it.
        let raw = Unmanaged.passRetained(made).toOpaque()
        let status = pthread_setspecific(key, raw)
        precondition(status == 0, "pthread_setspecific failed (\(status)): out of memory for a thread-specific slot")
        return made
    }
}
