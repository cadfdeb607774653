import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Header } from '../../src/app/Header';
import { makeArticle, makeDataset } from '../helpers/factories';
import { renderWithStore } from '../helpers/renderWithStore';

describe('Header', () => {
  it('names the story from the data', () => {
    const dataset = makeDataset({
      story: { title: 'The war in Ukraine', steps: [] },
      articles: [makeArticle({ id: 'a', published: '2022-03-10' })],
    });
    renderWithStore(<Header />, { dataset });
    expect(screen.getByText(/^The war in Ukraine as 1 news article published/)).toBeInTheDocument();
  });

  it('says nothing about Ukraine for a story without a title', () => {
    renderWithStore(<Header />, { dataset: makeDataset({ story: { title: null, steps: [] } }) });
    const line = screen.getByText(/news article/);
    expect(line).toHaveTextContent(/^The story 1 news article .*tell: 1 event/);
    expect(line).not.toHaveTextContent('Ukraine');
  });
});
