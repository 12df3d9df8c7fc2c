/**
 * Whether someone is at the kiosk. Any input is activity; after `idle` seconds without any, the
 * kiosk asks 还在看吗？ and waits WARNING_SECONDS (more than WCAG 2.2.1's 20) for an answer before it
 * returns to the start: a person reading slowly loses nothing without being asked first.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the question stays up before the kiosk resets. */
export const WARNING_SECONDS = 30;

export interface PresenceOptions {
  /** Seconds without activity before the question. */
  idle: () => number;
  /** Nobody answered: return to the start. */
  away: () => void;
}

export class PresenceController implements ReactiveController {
  /** True while the question is on screen. */
  asking = false;
  /** Seconds left to answer, while asking. */
  remaining = WARNING_SECONDS;
  #quiet?: ReturnType<typeof setTimeout>;
  #countdown?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PresenceOptions,
  ) {
    host.addController(this);
  }

  /** Someone used the screen: the question (if up) goes, and the idle time starts again. */
  active(): void {
    this.#stop();
    this.asking = false;
    const seconds = this.options.idle();
    this.#quiet = setTimeout(() => this.#ask(), seconds * 1000);
    this.host.requestUpdate();
  }

  /** Nobody is using the screen any more (the kiosk is rotating by itself): no question, no reset. */
  gone(): void {
    this.#stop();
    this.asking = false;
    this.host.requestUpdate();
  }

  #ask(): void {
    this.asking = true;
    this.remaining = WARNING_SECONDS;
    this.#countdown = setInterval(() => {
      this.remaining--;
      if (this.remaining <= 0) {
        this.gone();
        this.options.away();
      }
      this.host.requestUpdate();
    }, 1000);
    this.host.requestUpdate();
  }

  #stop(): void {
    clearTimeout(this.#quiet);
    clearInterval(this.#countdown);
  }

  hostDisconnected(): void {
    this.#stop();
  }
}
