import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';

// jsdom has no canvas: confetti is a no-op in component tests.
vi.mock('canvas-confetti', () => ({ default: vi.fn() }));
