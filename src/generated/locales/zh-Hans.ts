
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0382d73823585617': str`${0}：${1}`,
's266caa20bb5acf2d': str`内容过长，无法生成二维码：共 ${0} 字节，超出上限 ${2} 字节 ${1} 字节。`,
's7db843134769680b': `二维码图片无法加载。`,
's856453f39eb48463': `二维码`,
'sb7966c6758ac1e1f': str`下载${0}`,
'sd3386a2ef42e80b9': `下载`,
'sfb1dc44c2b1b2923': `无法生成此二维码。`,
    };
  