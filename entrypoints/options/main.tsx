import { render } from 'preact';
import { OptionsApp } from '@/src/ui/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
