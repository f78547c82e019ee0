#ifndef NKREADER_TERMINAL_GUARD_H
#define NKREADER_TERMINAL_GUARD_H

/* Puts the terminal back when the reader dies of a signal, ncurses' endwin() being unsafe there.

   Call nk_guard_save() on the terminal before ncurses changes its modes, and nk_guard_arm() with
   the output descriptor and the bytes that leave the reader's modes once it has: it
   installs handlers for fatal signals (a Swift runtime trap is SIGILL or SIGTRAP) and for
   SIGINT/SIGTERM/SIGHUP/SIGQUIT. A handler uses only write(), tcsetattr(), sigaction() and
   raise(), then re-raises the signal under its default action. */
void nk_guard_save(int fd);
void nk_guard_arm(int fd, const char *reset);
void nk_guard_disarm(void);

#endif
