'use client';

import type { ReactNode } from 'react';
import { AccountStatus } from '@/app/account/AccountStatus';
import { canEdit } from '@/app/account/session-client';
import { useSession } from '@/app/account/use-session';
import type { ExplorerSettings } from '@/app/explorer/settings/explorer-settings';
import { FileActions } from '@/app/explorer/transfer/FileActions';
import { SearchBox } from '@/app/explorer/search/SearchBox';
import type { SentenceSuggestion, Suggestion } from '@/app/explorer/search/SearchBox';
import { SettingsMenu } from '@/app/explorer/settings/SettingsMenu';
import { ShareLink } from '@/app/explorer/view/ShareLink';
import { StatsLine } from './StatsLine';
import { ThemeToggle } from '@/app/explorer/theme/ThemeToggle';

interface ExplorerHeaderProps {
  brand: ReactNode;
  onChoose: (suggestion: Suggestion) => void;
  onChooseSentence: (hit: SentenceSuggestion) => void;
  /** Bumped after an import, so the totals are loaded again. */
  graphRevision: number;
  /** The address of the view, with or without the entities' positions. */
  linkFor: (withPositions: boolean) => string;
  settings: ExplorerSettings;
  onSettingsChange: (settings: ExplorerSettings) => void;
  canExport: boolean;
  onExport: () => void;
  onImport: () => void;
  onShowShortcuts: () => void;
}

/** The explorer's top bar: the brand, the search, the store's totals and the page-wide actions. */
export function ExplorerHeader(props: ExplorerHeaderProps) {
  // Import (and later Add article) is for editors only; the account corner tells others how to get access.
  const session = useSession();
  return (
    <header className="topbar">
      {props.brand}
      <SearchBox onChoose={props.onChoose} onChooseSentence={props.onChooseSentence} />
      <StatsLine revision={props.graphRevision} />
      <div className="topbar-actions">
        <ShareLink linkFor={props.linkFor} />
        <SettingsMenu settings={props.settings} onChange={props.onSettingsChange} />
        <FileActions
          canExport={props.canExport}
          onExport={props.onExport}
          onImport={canEdit(session?.user ?? null) ? props.onImport : undefined}
        />
        <ThemeToggle />
        <button
          type="button"
          className="help-button"
          onClick={props.onShowShortcuts}
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
        >
          Shortcuts
        </button>
        <AccountStatus session={session} />
      </div>
    </header>
  );
}
