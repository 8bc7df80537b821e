// The write floor of the `locgen build` benchmark: the least a generator must do to put a built
// site on disk. Copies every file of SRC into a fresh DST with the same paths and sizes, using
// only mkdir, open, read, write and close, on one thread, and prints the time that took.
//
// Usage: writefloor SRC DST     (DST must not exist)
// Prints: "<files> files, <directories> directories, <bytes> bytes in <seconds> s"
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *source;
static const char *destination;
static size_t source_length;
static long files, directories;
static long long bytes;
static char *buffer;
static size_t capacity;

static int fail(const char *what, const char *path) {
    fprintf(stderr, "error: %s '%s': %s\n", what, path, strerror(errno));
    return 1;
}

static int copy(const char *path, const struct stat *info, int type, struct FTW *ftw) {
    (void)ftw;
    char target[8192];
    snprintf(target, sizeof target, "%s%s", destination, path + source_length);
    if (type == FTW_D) {
        directories++;
        return mkdir(target, 0755) == 0 ? 0 : fail("cannot create", target);
    }
    if (type != FTW_F) return 0;
    if ((size_t)info->st_size > capacity) {
        capacity = (size_t)info->st_size * 2;
        buffer = realloc(buffer, capacity);
        if (!buffer) return fail("out of memory for", path);
    }
    int in = open(path, O_RDONLY);
    if (in < 0) return fail("cannot open", path);
    ssize_t got = 0, n;
    while (got < info->st_size && (n = read(in, buffer + got, (size_t)(info->st_size - got))) > 0) got += n;
    close(in);
    int out = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0) return fail("cannot create", target);
    ssize_t put = 0;
    while (put < got && (n = write(out, buffer + put, (size_t)(got - put))) > 0) put += n;
    if (close(out) != 0 || put != got) return fail("cannot write", target);
    files++;
    bytes += got;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: writefloor SRC DST\n");
        return 2;
    }
    source = argv[1];
    destination = argv[2];
    source_length = strlen(source);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    // FTW_PHYS: never follow a symlink out of the tree; pre-order, so a folder exists before its files.
    if (nftw(source, copy, 64, FTW_PHYS) != 0) return 1;
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%ld files, %ld directories, %lld bytes in %.2f s\n", files, directories, bytes, seconds);
    return 0;
}
