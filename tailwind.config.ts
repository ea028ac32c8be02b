import type { Config } from 'tailwindcss';

// GOV.UK Design System colours and type scale on a system font stack: public-sector
// users know these conventions, and the contrast ratios meet WCAG 2.2 AA.
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        ink: '#0b0c0c',
        secondary: '#484949',
        link: '#1a65a6',
        'link-visited': '#54319f',
        'link-hover': '#0f385c',
        focus: '#ffdd00',
        brand: '#1d70b8',
        border: '#cecece',
        'border-input': '#0b0c0c',
        canvas: '#f4f8fb',
        panel: '#f3f2f1',
        error: '#ca3535',
        success: '#0f7a52',
        warning: '#f47738',
        rag: { red: '#ca3535', amber: '#f47738', green: '#0f7a52', blue: '#1d70b8' },
      },
      fontFamily: {
        sans: ['Arial', '"Helvetica Neue"', 'Helvetica', 'system-ui', 'sans-serif'],
      },
      maxWidth: { page: '1100px' },
    },
  },
} satisfies Config;
