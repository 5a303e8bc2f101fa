'use client';

import { RENDERER_CHOICES, isRendererChoice } from '@/app/explorer/canvas/canvas-performance';
import { DRAW_WARNING_RANGE, EXPANSION_LIMIT_RANGE, clampInt } from './explorer-settings';
import type { ExplorerSettings } from './explorer-settings';
import { Popover } from '@/app/lib/Popover';
import './settings.css';

interface SettingsMenuProps {
  settings: ExplorerSettings;
  onChange: (settings: ExplorerSettings) => void;
}

/** The explorer's few settings, kept in this browser: expansion size, draw warning, renderer. */
export function SettingsMenu({ settings, onChange }: SettingsMenuProps) {
  return (
    <Popover label="Settings" title="Explorer settings" testId="settings">
      <label className="setting">
        <span>Neighbours per expansion</span>
        <input
          type="number"
          min={EXPANSION_LIMIT_RANGE.min}
          max={EXPANSION_LIMIT_RANGE.max}
          value={settings.expansionLimit}
          onChange={(e) =>
            onChange({
              ...settings,
              expansionLimit: clampInt(
                e.target.valueAsNumber,
                EXPANSION_LIMIT_RANGE,
                settings.expansionLimit,
              ),
            })
          }
        />
      </label>
      <label className="setting">
        <span>Ask before drawing more than (entities)</span>
        <input
          type="number"
          min={DRAW_WARNING_RANGE.min}
          max={DRAW_WARNING_RANGE.max}
          value={settings.drawWarningThreshold}
          onChange={(e) =>
            onChange({
              ...settings,
              drawWarningThreshold: clampInt(
                e.target.valueAsNumber,
                DRAW_WARNING_RANGE,
                settings.drawWarningThreshold,
              ),
            })
          }
        />
      </label>
      <label className="setting">
        <span>Renderer</span>
        <select
          value={settings.renderer}
          onChange={(e) => {
            if (isRendererChoice(e.target.value)) onChange({ ...settings, renderer: e.target.value });
          }}
        >
          {RENDERER_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    </Popover>
  );
}
