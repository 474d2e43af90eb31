package fr.guichet.torture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small filesystem mounted on a folder: a tmpfs that a test fills to the last block and
 * empties again, or an ext4 image in a loop device that a test turns read-only the way the kernel
 * does after a disk error ({@code errors=remount-ro}), then repairs (fsck) and mounts again.
 * Needs root (the CI runs as root).
 */
final class SmallDisk implements AutoCloseable {
  private final Path mountPoint;
  private final Path filler;
  private final Path image;
  private boolean mounted;

  private SmallDisk(Path mountPoint, Path image) {
    this.mountPoint = mountPoint;
    this.filler = mountPoint.resolve("remplissage");
    this.image = image;
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Mounts a tmpfs of {@code megabytes} on {@code mountPoint} (created if needed). */
  static SmallDisk tmpfs(Path mountPoint, int megabytes) throws IOException {
    Files.createDirectories(mountPoint);
    SmallDisk disk = new SmallDisk(mountPoint, null);
    run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs", mountPoint.toString());
    disk.mounted = true;
    return disk;
  }

  /** Formats an ext4 image of {@code megabytes} beside {@code mountPoint} and mounts it there. */
  static SmallDisk ext4(Path mountPoint, int megabytes) throws IOException {
    Files.createDirectories(mountPoint);
    Path image = mountPoint.resolveSibling(mountPoint.getFileName() + ".img");
    run("truncate", "-s", megabytes + "M", image.toString());
    run("mkfs.ext4", "-q", "-F", image.toString());
    SmallDisk disk = new SmallDisk(mountPoint, image);
    disk.mountImage();
    return disk;
  }

  private void mountImage() {
    run("mount", "-o", "loop,errors=remount-ro", image.toString(), mountPoint.toString());
    mounted = true;
  }

  /**
   * What the kernel does when the disk under a running program fails: ext4 records an error and,
   * mounted {@code errors=remount-ro}, goes read-only at once, open files or not.
   */
  void failReadOnly() throws IOException {
    String device = Files.readAllLines(Path.of("/proc/mounts")).stream()
        .map(line -> line.split(" "))
        .filter(f -> f[1].equals(mountPoint.toString()))
        .map(f -> Path.of(f[0]).getFileName().toString())
        .findFirst().orElseThrow(() -> new AssertionError(mountPoint + " is not mounted"));
    Files.writeString(Path.of("/sys/fs/ext4", device, "trigger_fs_error"), "torture");
    try {
      Files.delete(Files.createFile(mountPoint.resolve("essai")));
      throw new AssertionError(mountPoint + " did not turn read-only");
    } catch (IOException expected) {
      // read-only now
    }
  }

  /** What an administrator does after it: unmount, fsck, mount again (writable). */
  void repair() {
    run("umount", mountPoint.toString());
    mounted = false;
    runAllowingFailure("e2fsck", "-f", "-y", image.toString()); // 1: errors corrected, the usual case here
    mountImage();
  }

  Path path() {
    return mountPoint;
  }

  /** Writes zeros until the filesystem refuses (ENOSPC): not one free block is left. */
  void fill() {
    // dd ends with "No space left on device" and a non-zero status: that is the point.
    runAllowingFailure("dd", "if=/dev/zero", "of=" + filler, "bs=4096");
    for (int i = 0; ; i++) {  // a last partial block, if any
      try {
        Files.write(mountPoint.resolve("miette-" + i), new byte[512]);
      } catch (IOException full) {
        break;
      }
    }
    if (available() != 0) throw new AssertionError("the small disk still has " + available() + " bytes free");
  }

  /** Gives the space back. */
  void free() throws IOException {
    try (var files = Files.list(mountPoint)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("miette-")).toList()) Files.delete(p);
    }
    Files.deleteIfExists(filler);
  }

  long available() {
    try {
      return Files.getFileStore(mountPoint).getUsableSpace();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Read-only from now on (a tmpfs with no file open for writing on it). */
  void readOnly() {
    run("mount", "-o", "remount,ro", mountPoint.toString());
  }

  @Override
  public void close() {
    if (mounted) {
      runAllowingFailure("umount", "-l", mountPoint.toString());
      mounted = false;
    }
  }

  private static String run(String... command) {
    List<String> out = new ArrayList<>();
    int status = exec(out, command);
    if (status != 0) throw new AssertionError(String.join(" ", command) + " failed (" + status + "): " + out);
    return String.join("\n", out);
  }

  private static void runAllowingFailure(String... command) {
    exec(new ArrayList<>(), command);
  }

  private static int exec(List<String> out, String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      out.add(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
