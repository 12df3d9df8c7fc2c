/**
 * What a keyboard user and a low-vision user see of the controls, in every theme: each focusable
 * thing shows a focus ring (WCAG 2.4.7, 2.4.13: ≥ 2 px, ≥ 3:1 against the surface and against its
 * unfocused look, even when it is the current page or slide), and the borders that make an input,
 * a list or a button recognisable stand out from the surface (1.4.11: ≥ 3:1).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import { deepNodes, type Exhibit, GALLERY, show } from './gallery.ts';
import { type FaultRoute, faultRoute } from './helpers.ts';

extend([a11yPlugin]);

const THEMES = ['light', 'dark', 'high-contrast'];
const FOCUSABLE = 'button:not([disabled]), input, select, summary, a[href], [tabindex]:not([tabindex="-1"])';

/** The kiosk too: its slide buttons have a current one. */
const KIOSK: Exhibit = { name: 'kiosk', tag: 'tsgs-kiosk', attributes: { region: '310000' } };

function focusables(element: HTMLElement): HTMLElement[] {
  return [...deepNodes(element.shadowRoot as ShadowRoot)].filter(
    (node): node is HTMLElement => node instanceof HTMLElement && node.matches(FOCUSABLE) && node.checkVisibility(),
  );
}

/** The element's surface colour: its theme's, as the tokens resolve it where the control sits. */
function surface(control: Element): string {
  return getComputedStyle(control).getPropertyValue('--_surface').trim();
}

function describeControl(control: HTMLElement): string {
  return `${control.localName} “${(control.textContent ?? '').trim().slice(0, 20) || control.getAttribute('aria-label') || ''}”`;
}

/** Nothing focused, inside shadow roots too (the search's opening focused its box). */
function blurAll(): void {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (active as HTMLElement | null)?.blur();
}

function ring(control: HTMLElement): { style: string; width: number; color: string } {
  const style = getComputedStyle(control);
  return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor };
}

async function shown(exhibit: Exhibit, route: FaultRoute, theme: string): Promise<HTMLElement> {
  if (exhibit !== KIOSK) return show(exhibit, route, { theme });
  const kiosk = await fixture<HTMLElement>(`<tsgs-kiosk api=${route.api} region="310000" theme=${theme}></tsgs-kiosk>`);
  await waitUntil(() => kiosk.shadowRoot?.querySelector('nav button[aria-current="true"]'), 'the kiosk shows its controls');
  return kiosk;
}

describe('focus and control contrast', () => {
  let route: FaultRoute;
  beforeEach(async () => {
    route = await faultRoute();
  });

  for (const theme of THEMES) {
    for (const exhibit of [...GALLERY, KIOSK]) {
      it(`${exhibit.name}, ${theme}: every focusable thing shows a ring of ≥ 2 px at ≥ 3:1, current ones too`, async () => {
        const element = await shown(exhibit, route, theme);
        // Keyboard modality: focus() from here on shows :focus-visible, as a Tab would.
        await sendKeys({ press: 'Shift' });
        blurAll();
        const controls = focusables(element);
        // Hot issues is text and figures only.
        if (exhibit.tag !== 'tsgs-hot-issues') expect(controls, 'something to focus').not.to.be.empty;
        for (const control of controls) {
          const name = `${exhibit.name}, ${theme}: ${describeControl(control)}`;
          const before = ring(control);
          control.focus();
          expect(control.matches(':focus-visible'), `${name} takes focus`).to.equal(true);
          const after = ring(control);
          const background = surface(control);
          expect(after.style, `${name}: a ring`).not.to.equal('none');
          expect(after.width, `${name}: ring width`).to.be.at.least(2);
          expect(colord(after.color).contrast(background), `${name}: ring against ${background}`).to.be.at.least(3);
          if (before.style !== 'none' && before.width > 0)
            expect(colord(after.color).contrast(before.color), `${name}: ring against its unfocused outline`).to.be.at.least(3);
          control.blur();
        }
      });
    }

    it(`${theme}: inputs, lists and buttons have edges ≥ 3:1 against the surface`, async () => {
      const search = await show(GALLERY.find((e) => e.name === 'search with hits') as Exhibit, route, { theme });
      const ranking = await show(GALLERY.find((e) => e.name === 'ranking') as Exhibit, route, { theme });
      blurAll();
      const edges = [
        ...[search, ranking].flatMap((element) => [...(element.shadowRoot as ShadowRoot).querySelectorAll('input, select')]),
        ...[search, ranking].flatMap((element) => [...(element.shadowRoot as ShadowRoot).querySelectorAll('button')]),
      ];
      expect(edges.map((e) => e.localName)).to.include.members(['input', 'select', 'button']);
      for (const control of edges) {
        const style = getComputedStyle(control);
        const background = surface(control);
        // A filled button is recognised by its fill, an outlined one (or a box) by its border; a button drawn as
        // text only (a column heading to sort by) by its text, whose contrast the text checks cover.
        const fill = colord(style.backgroundColor);
        const bordered = Number.parseFloat(style.borderTopWidth) > 0;
        if (control.localName === 'button' && !bordered && fill.alpha() === 0) continue;
        const edge = fill.alpha() > 0 && fill.contrast(background) >= 3 ? style.backgroundColor : style.borderTopColor;
        expect(bordered || edge === style.backgroundColor, `${describeControl(control as HTMLElement)} has an edge`).to.equal(true);
        expect(
          colord(edge).contrast(background),
          `${theme}: ${describeControl(control as HTMLElement)} edge ${edge} on ${background}`,
        ).to.be.at.least(3);
      }
    });
  }
});
