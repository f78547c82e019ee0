#define _POSIX_C_SOURCE 200809L
#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int guarded[] = {SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE,
                              SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define GUARDED (sizeof guarded / sizeof guarded[0])

static struct sigaction previous[GUARDED];
static struct termios saved;
static volatile sig_atomic_t have_saved = 0;
static volatile sig_atomic_t armed = 0;
static int termios_fd = -1;
static int output_fd = -1;
static char reset_bytes[512];
static size_t reset_length = 0;

void nk_guard_save(int fd) {
    termios_fd = fd;
    if (tcgetattr(fd, &saved) == 0) have_saved = 1;
}

static void restore_terminal(void) {
    if (!armed) return;
    armed = 0;
    size_t done = 0;
    while (done < reset_length) {
        ssize_t n = write(output_fd, reset_bytes + done, reset_length - done);
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (have_saved) tcsetattr(termios_fd, TCSAFLUSH, &saved);
}

static void on_signal(int sig) {
    restore_terminal();
    /* The default action ends the process as the signal would have without nkreader's handler.
       (The Swift runtime's backtracer is not chained: on a terminal it waits for a key in modes
       that have just been undone.) */
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
}

void nk_guard_arm(int fd, const char *reset) {
    output_fd = fd;
    reset_length = 0;
    if (reset) {
        size_t n = strlen(reset);
        if (n >= sizeof reset_bytes) n = sizeof reset_bytes - 1;
        memcpy(reset_bytes, reset, n);
        reset_length = n;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER;
    for (size_t i = 0; i < GUARDED; i++) sigaction(guarded[i], &action, &previous[i]);
    /* A parent may have blocked signals; the reader needs resize and quit signals delivered. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    armed = 1;
}

void nk_guard_disarm(void) {
    if (!armed) return;
    armed = 0;
    for (size_t i = 0; i < GUARDED; i++) sigaction(guarded[i], &previous[i], NULL);
}
