#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Keeps two builds from writing the same output at once.
///
/// A build removes the staging folders it finds next to the output, taking them for leftovers of a crash;
/// a second build running at the same time would remove the first one's. So a build holds an exclusive
/// `flock(2)` on the output's parent folder while it runs. The lock is advisory: only locgen builds wait for
/// it, and the kernel drops it when the process ends, so a crash never leaves it held.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, or throws `output-failure` at once when another build holds it.
    init(output: String) throws(LocGenError) {
        let parent = StagingFolder.split(output).parent
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LocGenError(
                .outputFailure,
                "cannot open '\(parent)', the folder of the output: \(String(cString: strerror(errno)))"
            )
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw LocGenError(
                .outputFailure,
                "another locgen build is writing to '\(parent)'; wait for it to finish, or give this site another output folder"
            )
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
