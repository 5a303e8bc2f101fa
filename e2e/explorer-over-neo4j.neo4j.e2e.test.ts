import { describe, expect, inject, it } from 'vitest';
import { canvasCounts, saveArtifact, waitForDrawnGraph } from './browser';
import { explorerSession } from './explorer-session';
import { canvasCommand, chooseFromSearch } from './explorer-steps';
import { pathElementIds, pickPathEnd } from './panels';

/**
 * The explorer over a real Neo4j 5.26 seeded by `npm run seed` (e2e/neo4j-global-setup.ts): the core loop
 * a person follows, end to end through the Neo4j adapter — first load, search, expansion, details with the
 * evidence sentence, and the path finder.
 */
const { openExplorer } = explorerSession();

describe('The explorer over Neo4j', () => {
  it('serves the app from Neo4j, as its health check says', async () => {
    const health = (await (await fetch(`${inject('baseUrl')}/api/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', store: 'neo4j' });
    expect(health.entities).toBeGreaterThan(20);
  });

  it('draws the overview on first load', async () => {
    const p = await openExplorer();
    const counts = await canvasCounts(p);
    expect(counts.nodes).toBeGreaterThan(0);
    expect(counts.edges).toBeGreaterThan(0);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toMatch(/\d+ entities, \d+ relations on canvas/);
    await saveArtifact(p, 'neo4j-1-overview');
  });

  it('finds Bukele by search, expands a neighbour, and shows a relation with its evidence sentence', async () => {
    const p = await openExplorer();
    await canvasCommand(p, 'Clear canvas');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);

    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await waitForDrawnGraph(p);
    const aroundBukele = await canvasCounts(p);
    expect(aroundBukele.nodes).toBeGreaterThan(1);

    await p.getByTestId('relation-link').filter({ hasText: 'REPLIED_TO' }).click();
    const edge = p.getByTestId('edge-details');
    await expect.poll(() => p.getByTestId('edge-title').innerText()).toMatch(/REPLIED_TO/);
    const sentence = edge.getByTestId('evidence-sentence').first();
    await sentence.waitFor();
    expect(await sentence.evaluate((el) => el.tagName)).toBe('MARK');
    expect((await sentence.innerText()).length).toBeGreaterThan(20);

    await edge.getByRole('button', { name: /Hillary Clinton/ }).click();
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Hillary Clinton');
    await p.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBeGreaterThan(aroundBukele.nodes);
    await saveArtifact(p, 'neo4j-2-expanded');
  });

  it('finds the path from Nayib Bukele to CBS News, hop by hop with evidence, and draws it', async () => {
    const p = await openExplorer();
    await p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
    const finder = p.getByRole('region', { name: 'Path finder' });
    await finder.waitFor();
    await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
    await pickPathEnd(p, 'To', 'cbs', 'CBS News');
    await finder.getByRole('button', { name: 'Find path' }).click();
    const status = finder.getByTestId('path-status');
    // Neo4j plans each path length's query once, which can take a second or two on a busy machine.
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toMatch(/^\d+ hops?: Nayib Bukele → .* → CBS News$/);
    const hops = p.getByRole('list', { name: 'Hops in path order' }).getByRole('listitem');
    expect(await hops.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await pathElementIds(p)).edges.length).toBe(await hops.count());
    await saveArtifact(p, 'neo4j-3-path');
  });
});
